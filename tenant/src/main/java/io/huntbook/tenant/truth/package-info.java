/**
 * Ground truth of the demo tenant: which rows the attack storyline wrote, with the ATT&CK technique
 * each one shows, so that a hunting query can be checked against what really happened.
 */
package io.huntbook.tenant.truth;
