/**
 * The nbformat 4 notebook model: cells, outputs and metadata as immutable records that keep every
 * field they do not understand, so a notebook written back is the notebook that was read, plus what
 * Huntbook changed.
 */
package io.huntbook.notebook.model;
