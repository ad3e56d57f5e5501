/**
 * Call limits shared by every query of a process: a sliding-window limiter per hunting service and
 * tenant, which also holds every caller back while a {@code Retry-After} from a 429 runs.
 */
package io.huntbook.defender.limits;
