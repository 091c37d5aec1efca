// Every bad dataset of the validator corpus, served to the app, shows the validator's located message.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const expected = JSON.parse(readFileSync(resolve(import.meta.dirname, "../fixtures/bad/expected.json"), "utf8"));

for (const [name, { path }] of Object.entries(expected)) {
  test(`bad dataset "${name}" shows ${path || "a whole-file problem"} with a retry button`, async ({ page }) => {
    await page.goto(`/bad/${name}/`);
    const alert = page.getByRole("alert");
    await expect(alert.getByRole("heading")).toHaveText("De gegevens konden niet worden geladen");
    await expect(alert.locator(".problem__path").first()).toHaveText(path || "het hele bestand");
    await expect(alert.locator(".problem__reason").first()).not.toBeEmpty();
    await expect(alert.getByRole("button", { name: "Opnieuw proberen" })).toBeVisible();
  });
}
