package dev.goofer.cli;

/**
 * A command failed and has already told the user why: the command line exits with code 1
 * and prints nothing more.
 */
final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailedException() {
        super(null, null, false, false);
    }

}
