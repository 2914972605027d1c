package org.enforcementgraph.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.enforcementgraph.Chromium;
import org.enforcementgraph.GraphIT;
import org.enforcementgraph.system.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Neo4j Browser address opens Browser connected to the embedded database, with no login form. */
@GraphIT
class NeoBrowserIT {

	@Autowired
	EmbeddedNeo4j neo4j;

	@TempDir
	Path profile;

	@LocalServerPort
	int port;

	@Test
	void theBrowserUrlConnectsWithoutALogin() throws Exception {
		ChromeDriver browser = Chromium.start(this.profile);
		try {
			browser.get(this.neo4j.browserUrl());
			new WebDriverWait(browser, Duration.ofSeconds(60))
				.until(b -> b.findElement(By.tagName("body")).getText().contains("server auth is disabled"));
			assertThat(browser.findElement(By.tagName("body")).getText()).contains("Connected to Neo4j");
			assertThat(browser.getTitle()).contains(this.neo4j.boltUri().toString());
			assertThat(browser.findElements(By.cssSelector("input[type=password]"))).isEmpty();
			Path screenshot = Path.of("target", "screenshots", "neo4j-browser.png");
			Files.createDirectories(screenshot.getParent());
			Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theGuideOfSavedQueriesPlaysInBrowser() throws Exception {
		ChromeDriver browser = Chromium.start(this.profile);
		try {
			browser.get(this.neo4j.browserUrl() + "&cmd=play&arg=http://localhost:" + this.port + "/guide");
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
			wait.until(b -> b.findElement(By.tagName("body")).getText().contains("Who cooperates with ICE"));
			assertThat(browser.findElements(By.cssSelector("pre.runnable"))).isNotEmpty();
			Path screenshot = Path.of("target", "screenshots", "neo4j-browser-guide.png");
			Files.createDirectories(screenshot.getParent());
			Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
		}
		finally {
			browser.quit();
		}
	}

}
