/** The typed result model every backend returns. */
package io.huntbook.engine.result;
