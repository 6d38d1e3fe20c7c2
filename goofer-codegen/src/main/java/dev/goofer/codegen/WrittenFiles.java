package dev.goofer.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * What writing a generated client did to its output folders.
 *
 * @param files every file of the client, written or already up to date, in generation
 * order
 * @param changed how many of them were written because they were new or differed
 * @param deleted the sources an earlier run generated into the package that this run no
 * longer generates, which were deleted
 */
public record WrittenFiles(List<Path> files, int changed, List<Path> deleted) {

    public WrittenFiles {
        files = List.copyOf(files);
        deleted = List.copyOf(deleted);
    }

}
