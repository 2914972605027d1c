package org.enforcementgraph.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community database running inside this JVM, serving Bolt and Neo4j Browser on localhost, so that a
 * newcomer needs nothing but the jar.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/** The recent queries kept for db.stats.collect('QUERIES'): enough to see what was asked, not ~65 MB of heap. */
	static final int RECENT_QUERIES_KEPT = 256;

	private final DatabaseManagementService dbms;

	private final GraphDatabaseService database;

	private final String host;

	private final int boltPort;

	private final int httpPort;

	private EmbeddedNeo4j(DatabaseManagementService dbms, String host) {
		this.dbms = dbms;
		this.database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		this.host = host;
		ConnectorPortRegister ports = ((GraphDatabaseAPI) this.database).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class);
		this.boltPort = ports.getLocalAddress(ConnectorType.BOLT).getPort();
		this.httpPort = ports.getLocalAddress(ConnectorType.HTTP).getPort();
	}

	/** Starts the database in {@code dataDir}; fails with a {@link GraphException} a user can act on. */
	public static EmbeddedNeo4j start(Path dataDir, GraphProperties.Embedded settings, String postConnectCommand) {
		String host = settings.listenAddress();
		if (!isLoopback(host)) {
			throw new GraphException("The embedded database would listen on " + host
					+ " without authentication; set enforcement-graph.embedded.listen-address=127.0.0.1,"
					+ " or run a Neo4j server with authentication and point NEO4J_URI at it");
		}
		ensureWritable(dataDir);
		DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
			.setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout())
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(host, settings.boltPort()))
			.setConfig(HttpConnector.enabled, true)
			.setConfig(HttpConnector.listen_address, new SocketAddress(host, settings.httpPort()))
			.setConfig(ServerSettings.allow_telemetry, false)
			// Neo4j keeps the last 8,192 queries run, each with up to 10,000 characters of its text, for its data
			// collector (db.stats.collect): ~65 MB of heap under load here, a county profile's statement being 18 KB.
			.setConfig(GraphDatabaseInternalSettings.data_collector_max_recent_query_count, RECENT_QUERIES_KEPT)
			// Without these two, shutdown waits 10-15 s for idle Bolt threads.
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
		if (postConnectCommand != null) {
			builder.setConfig(ServerSettings.browser_post_connect_cmd, postConnectCommand);
		}
		// Browser fetches the guide (:play) from this application, served on the same host.
		builder.setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost,127.0.0.1");
		DatabaseManagementService dbms;
		try {
			dbms = builder.build();
		}
		catch (RuntimeException ex) {
			throw EmbeddedStartFailure.explain(ex, dataDir, settings);
		}
		dbms.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME, new SourceRequired());
		EmbeddedNeo4j neo4j = new EmbeddedNeo4j(dbms, host);
		log.info("Embedded Neo4j in {}: Bolt {}, Neo4j Browser {}", dataDir, neo4j.boltUri(), neo4j.browserUrl());
		return neo4j;
	}

	private static boolean isLoopback(String host) {
		try {
			return "localhost".equals(host) || InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void ensureWritable(Path dataDir) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException | SecurityException ex) {
			throw new GraphException("The data directory " + dataDir + " cannot be created (" + ex.getMessage()
					+ "); set enforcement-graph.data-dir to a folder you can write");
		}
		if (!Files.isWritable(dataDir)) {
			throw new GraphException("The data directory " + dataDir
					+ " is not writable; set enforcement-graph.data-dir to a folder you can write");
		}
	}

	public GraphDatabaseService database() {
		return this.database;
	}

	public int boltPort() {
		return this.boltPort;
	}

	public int httpPort() {
		return this.httpPort;
	}

	public URI boltUri() {
		return URI.create("bolt://" + hostForUrl() + ":" + this.boltPort);
	}

	/** The Browser URL that connects to this database by itself, without a login form. */
	public String browserUrl() {
		return "http://" + hostForUrl() + ":" + this.httpPort + "/browser/?dbms=" + boltUri()
				+ "&preselectAuthMethod=NO_AUTH";
	}

	private String hostForUrl() {
		return "127.0.0.1".equals(this.host) ? "localhost" : this.host;
	}

	@Override
	public void close() {
		this.dbms.shutdown();
	}

}
