package org.enforcementgraph.imports;

/**
 * Imports one file inside the transaction {@link FileImports} opened for it: writes its Source and its facts, and
 * records each row it cannot use in {@code rejected}. Throwing (a {@code GraphException} saying which row, column
 * and value) rolls the whole file back.
 */
@FunctionalInterface
public interface FileImporter {

	ImportSummary importFile(ImportFile file, RejectedRows rejected);

}
