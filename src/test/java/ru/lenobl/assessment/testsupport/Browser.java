package ru.lenobl.assessment.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless chromium for the browser tests (Debian's {@code chromium} and {@code chromium-driver}; the flags these
 * machines need), with screenshots under {@code target/screenshots/} and downloads under {@code target/downloads/}.
 */
public final class Browser implements AutoCloseable {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final String baseUrl;
  private final Path downloads;

  public Browser(int port, String name) {
    this.baseUrl = "http://localhost:" + port;
    try {
      this.downloads = Files.createDirectories(Path.of("target", "downloads", name).toAbsolutePath());
      try (var old = Files.list(downloads)) { // a file of an earlier run would make chromium name the new one «… (1).csv»
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
    if (Files.exists(Path.of(binary))) {
      options.setBinary(binary);
    }
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1400,1000", "--lang=ru-RU");
    options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
        "download.prompt_for_download", false, "intl.accept_languages", "ru-RU,ru"));
    ChromeDriverService.Builder service = new ChromeDriverService.Builder();
    String chromedriver = System.getProperty("chromedriver", "/usr/bin/chromedriver");
    if (Files.exists(Path.of(chromedriver))) {
      service.usingDriverExecutable(Path.of(chromedriver).toFile());
    }
    this.driver = new ChromeDriver(service.build(), options);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public Path downloads() {
    return downloads;
  }

  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement waitForClickable(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by));
  }

  public void waitUntilText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /** Waits until {@code text} is gone from the element (e.g. a completed task from Tasklist's list). */
  public void waitUntilNoText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(by, text)));
  }

  /** Saves {@code target/screenshots/<name>.png}. */
  public Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Waits for a file in the downloads folder whose name ends with {@code suffix} (and is complete). */
  public Path downloaded(String suffix) {
    long end = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < end) {
      try (var files = Files.list(downloads)) {
        var found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        if (found.isPresent()) {
          return found.get();
        }
        Thread.sleep(200);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("nothing ending with " + suffix + " downloaded into " + downloads);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
