package org.enforcementgraph.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code enforcement-graph.*}; the README tables them.
 *
 * @param dataDir where the embedded database keeps its files; outside {@code target/} so that {@code mvn clean} keeps it
 * @param embedded the embedded database's connectors
 */
@ConfigurationProperties("enforcement-graph")
public record GraphProperties(Path dataDir, @DefaultValue Embedded embedded) {

	/**
	 * @param listenAddress interface the Bolt and HTTP connectors bind to; only loopback runs without authentication
	 * @param boltPort Bolt port, 0 picks a free one
	 * @param httpPort HTTP port serving Neo4j Browser, 0 picks a free one
	 * @param pageCache page cache size, e.g. {@code 128m}
	 * @param transactionTimeout longest time any transaction may run before Neo4j ends it
	 */
	public record Embedded(@DefaultValue("127.0.0.1") String listenAddress, @DefaultValue("7687") int boltPort,
			@DefaultValue("7474") int httpPort, @DefaultValue("128m") String pageCache,
			@DefaultValue("60s") java.time.Duration transactionTimeout) {
	}

	public GraphProperties {
		if (dataDir == null) {
			dataDir = Path.of(System.getProperty("user.home"), ".enforcement-graph", "data");
		}
	}

}
