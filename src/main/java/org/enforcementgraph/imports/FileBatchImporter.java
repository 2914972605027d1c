package org.enforcementgraph.imports;

import java.util.List;

/**
 * An importer whose files are read one by one but written together in one transaction, for sources where each file
 * changes what was derived from all the others (the 287(g) lists: one history from every snapshot). A file that
 * cannot be read is refused alone; the files read are then written whole or not at all.
 *
 * @param <F> a file as read, ready to write
 */
public interface FileBatchImporter<F> {

	/** Reads and checks one file without writing anything; a {@code GraphException} refuses it. */
	F read(ImportFile file, RejectedRows rejected);

	/** Writes the files read, in the transaction {@link FileImports} opened for them. */
	Written write(List<F> files);

	/** One summary per file (in the order given) and one for the whole run. */
	record Written(List<ImportSummary> files, ImportSummary total) {
	}

}
