package org.enforcementgraph.system.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import org.enforcementgraph.system.GraphException;

/**
 * Applies {@code cypher/migrations} in version order, each once, and records each as a {@code (:Migration)} node
 * with its checksum. Runs when the application context starts, so the server and every command see a migrated
 * database before anything else touches it.
 */
@Component
public final class MigrationRunner implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);

	static final String LOCATION = "classpath*:cypher/migrations/V*.cypher";

	private final Driver driver;

	private int appliedAtStartup;

	private int version;

	public MigrationRunner(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		List<Migration> migrations = load();
		this.appliedAtStartup = apply(migrations);
		this.version = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
	}

	/** How many migrations this process applied when it started. */
	public int appliedAtStartup() {
		return this.appliedAtStartup;
	}

	/** The version of the newest migration, which the database is now at. */
	public int version() {
		return this.version;
	}

	static List<Migration> load() {
		try {
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					migrations.add(Migration.parse(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
			migrations.sort(Comparator.comparingInt(Migration::version));
			for (int i = 1; i < migrations.size(); i++) {
				if (migrations.get(i).version() == migrations.get(i - 1).version()) {
					throw new GraphException("Migrations " + migrations.get(i - 1).fileName() + " and "
							+ migrations.get(i).fileName() + " have the same version; renumber one of them");
				}
			}
			return migrations;
		}
		catch (IOException ex) {
			throw new GraphException("Cannot read the migrations in " + LOCATION + ": " + ex.getMessage(), ex);
		}
	}

	/** Applies what is new, refuses a file that changed after it was applied; returns how many were applied. */
	int apply(List<Migration> migrations) {
		try (Session session = this.driver.session()) {
			Map<Integer, String> applied = appliedChecksums(session);
			int count = 0;
			for (Migration migration : migrations) {
				String checksum = applied.get(migration.version());
				if (checksum == null) {
					run(session, migration);
					count++;
				}
				else if (!checksum.equals(migration.checksum())) {
					throw new GraphException("Migration " + migration.fileName()
							+ " was edited after it was applied to this database (checksum " + migration.checksum()
							+ ", applied " + checksum + "). Restore the file as it was and put the change in a new"
							+ " migration with a higher version");
				}
			}
			if (count > 0) {
				log.info("Applied {} migration(s); the database is at version {}", count,
						migrations.get(migrations.size() - 1).version());
			}
			return count;
		}
	}

	private static Map<Integer, String> appliedChecksums(Session session) {
		Map<Integer, String> applied = new HashMap<>();
		session.run("MATCH (m:Migration) RETURN m.version AS version, m.checksum AS checksum")
			.forEachRemaining(r -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
		return applied;
	}

	private static void run(Session session, Migration migration) {
		for (String statement : migration.statements()) {
			try {
				session.executeWriteWithoutResult(tx -> tx.run(statement));
			}
			catch (Neo4jException ex) {
				throw new GraphException("Migration " + migration.fileName() + " failed at statement \""
						+ statement.lines().findFirst().orElse("") + "\": " + ex.getMessage(), ex);
			}
		}
		session.executeWriteWithoutResult(tx -> tx.run("""
				CREATE (m:Migration {version: $version, file: $file, description: $description,
				                     checksum: $checksum, appliedAt: datetime()})""",
				Values.parameters("version", migration.version(), "file", migration.fileName(), "description",
						migration.description(), "checksum", migration.checksum())));
	}

}
