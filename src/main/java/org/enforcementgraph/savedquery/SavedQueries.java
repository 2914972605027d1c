package org.enforcementgraph.savedquery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Every saved query in {@code cypher/queries}, read once at startup, by name. */
@Component
public final class SavedQueries {

	private final List<SavedQuery> queries;

	public SavedQueries() {
		List<SavedQuery> queries = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/*.cypher")) {
				try (InputStream in = resource.getInputStream()) {
					queries.add(SavedQuery.parse(resource.getFilename().replace(".cypher", ""),
							new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		queries.sort(Comparator.comparing(SavedQuery::name));
		this.queries = List.copyOf(queries);
	}

	public List<SavedQuery> all() {
		return this.queries;
	}

	public Optional<SavedQuery> named(String name) {
		return this.queries.stream().filter(q -> q.name().equals(name)).findFirst();
	}

}
