package org.enforcementgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}; .ci/run installs them), driven
 * by Selenium. Nothing is downloaded at run time; where the packages are missing the calling test is skipped with a
 * message saying so.
 */
public final class Chromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	public static ChromeDriver start(Path profile) {
		boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
		if (!present) {
			System.err.println("SKIPPED: " + BROWSER + " or " + DRIVER + " is missing (apt-get install chromium chromium-driver)");
		}
		assumeTrue(present, "headless Chromium is not installed here: browser tests are skipped (.ci/run installs it)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		// Without the networking switches Chromium calls home at start, which this closed network refuses.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

}
