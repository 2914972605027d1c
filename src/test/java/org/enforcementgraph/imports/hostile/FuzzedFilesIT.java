package org.enforcementgraph.imports.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import org.enforcementgraph.GraphIT;
import org.enforcementgraph.Imports;
import org.enforcementgraph.RealData;
import org.enforcementgraph.TestGraph;
import org.enforcementgraph.system.backup.Fingerprint;
import org.enforcementgraph.system.cli.Output;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real files from ../shared/data, mutated at random (a fixed seed, so a failure can be replayed): bytes flipped,
 * cut short, a slice repeated, garbage inserted. Whatever an importer makes of such a file, it either imports it
 * (exit 0) or refuses it whole (exit 1, the graph as before); it never ends otherwise, and never shows internals.
 */
@GraphIT
class FuzzedFilesIT {

	static final int MUTATIONS_PER_FILE = 6;

	@Autowired
	Imports imports;

	@Autowired
	TestGraph graph;

	@Autowired
	Fingerprint fingerprint;

	@TempDir
	Path dir;

	record Base(String importer, String file, String name) {
	}

	@Test
	void mutatedRealFilesAreImportedOrRefusedWhole() throws Exception {
		List<Base> bases = List.of(
				new Base("ice-287g", "287g/relevantresearch/participatingAgencies/ParticipatingEntities-20210113002027.xlsx",
						"participatingAgencies01132021am.xlsx"),
				new Base("ice-287g-pending", "287g/relevantresearch/pendingAgencies/pendingAgencies07182025pm.xlsx",
						"pendingAgencies07182025pm.xlsx"),
				new Base("laws", "laws/state-laws.csv", "state-laws.csv"),
				new Base("reports", "reports/ddor-2017-03-20-top10.csv", "ddor-2017-03-20-top10.csv"),
				new Base("wapo-287g", "287g/wapo/287g_curated_2018.xlsx", "287g_curated_2018.xlsx"));
		Random random = new Random(287);
		List<String> problems = new ArrayList<>();
		int runs = 0;
		for (Base base : bases) {
			byte[] original = Files.readAllBytes(RealData.path(base.file()));
			for (int m = 0; m < MUTATIONS_PER_FILE; m++) {
				this.graph.reset();
				String before = this.fingerprint.of();
				byte[] mutated = mutate(original, random, m);
				Path file = Files.createDirectories(this.dir.resolve(base.importer() + "-" + m)).resolve(base.name());
				Files.write(file, mutated);
				Output output = this.imports.run(base.importer(), file, "--rejected", this.dir.resolve("rejected-" + runs + ".csv"));
				runs++;
				String what = base.importer() + " of " + base.file() + " mutated #" + m + ": ";
				if (output.exitCode() != 0 && output.exitCode() != 1) {
					problems.add(what + "exit " + output.exitCode() + " " + output.err());
				}
				else if (output.out().contains("Exception")) {
					problems.add(what + "internals shown: " + output.out());
				}
				else if (output.exitCode() == 1 && !this.fingerprint.of().equals(before)) {
					problems.add(what + "refused but the graph changed: " + output.out());
				}
			}
		}
		assertThat(runs).isEqualTo(bases.size() * MUTATIONS_PER_FILE);
		assertThat(problems).isEmpty();
	}

	/** One of four damages, in turn: flip bytes, cut short, repeat a slice, insert garbage. */
	private static byte[] mutate(byte[] original, Random random, int kind) {
		byte[] bytes = original.clone();
		int at = random.nextInt(bytes.length);
		switch (kind % 4) {
			case 0 -> {
				for (int i = 0; i < 1 + random.nextInt(8); i++) {
					bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
				}
				return bytes;
			}
			case 1 -> {
				return Arrays.copyOf(bytes, Math.max(1, at));
			}
			case 2 -> {
				int length = Math.min(bytes.length - at, 1 + random.nextInt(512));
				byte[] out = new byte[bytes.length + length];
				System.arraycopy(bytes, 0, out, 0, at + length);
				System.arraycopy(bytes, at, out, at + length, bytes.length - at);
				return out;
			}
			default -> {
				byte[] garbage = new byte[1 + random.nextInt(256)];
				random.nextBytes(garbage);
				byte[] out = new byte[bytes.length + garbage.length];
				System.arraycopy(bytes, 0, out, 0, at);
				System.arraycopy(garbage, 0, out, at, garbage.length);
				System.arraycopy(bytes, at, out, at + garbage.length, bytes.length - at);
				return out;
			}
		}
	}

}
