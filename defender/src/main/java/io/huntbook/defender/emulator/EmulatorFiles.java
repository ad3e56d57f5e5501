package io.huntbook.defender.emulator;

import java.nio.file.Path;

/**
 * The files a client of the emulator needs: its credentials as an owner-only config file and its
 * TLS certificate in PEM.
 */
public record EmulatorFiles(Path credentials, Path certificate) {}
