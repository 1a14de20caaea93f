import { loadDeck } from '../../scripts/lib/deck'
import { expect, openSlide, test } from './support/deck'

const slides = await loadDeck()

test.describe('every slide', () => {
  for (const slide of slides) {
    test(`slide ${slide.no} (${slide.file}) opens by URL and shows its title`, async ({ page }) => {
      await openSlide(page, slide.no)
      if (slide.title) {
        // The title as Markdown (with `→` and `·` kept) is what a person reads on the slide.
        await expect(page.locator(`.slidev-page-${slide.no} h1`).first()).toHaveText(slide.title.replace(/\*\*/g, ''))
      }
    })
  }
})

test('the title slide names the speaker, with the accent intact', async ({ page }) => {
  await openSlide(page, 1)
  await expect(page.locator('.slidev-page-1')).toContainText('Juan Felipe Gómez')
  await expect(page.locator('.slidev-page-1')).not.toContainText('G√≥mez')
  await expect(page).toHaveTitle(/Juan Felipe Gómez/)
})

test('every cover slide draws its own mesh, also while another cover slide is mounted', async ({ page }) => {
  const covers = slides.filter(slide => slide.layout === 'cover')
  expect(covers.length).toBeGreaterThanOrEqual(2)
  const last = covers.at(-1)!
  await openSlide(page, last.no)
  // Slidev mounts every slide a few seconds in, the first cover among them, hidden.
  await expect(page.locator('svg.cover-grid')).toHaveCount(covers.length, { timeout: 10_000 })
  const paints = await page.locator(`.slidev-page-${last.no} svg.cover-grid`).evaluate(svg =>
    [
      ...svg.querySelectorAll('[fill^="url("], [stroke^="url("]'),
    ].map((el) => {
      const paint = [
        el.getAttribute('fill'),
        el.getAttribute('stroke'),
      ].find(value => value?.startsWith('url('))!
      const id = paint.slice(5, -1)
      const target = document.getElementById(id)
      return `${id}: ${target && svg.contains(target)
        ? 'own'
        : 'elsewhere'}`
    }))
  expect(paints.length).toBe(2)
  expect(paints.filter(paint => !paint.endsWith('own'))).toEqual([])
})

test('each section divider shows its heading', async ({ page }) => {
  const sections = slides.filter(slide => slide.layout === 'section')
  expect(sections.length).toBeGreaterThanOrEqual(6)
  for (const section of sections) {
    await openSlide(page, section.no)
    await expect(page.locator(`.slidev-page-${section.no} .slidev-layout.section h1`)).toHaveText(section.title!)
  }
})

test('the closing slide links straight to LinkedIn and email, with no badge images', async ({ page }) => {
  const last = slides.at(-1)!
  await openSlide(page, last.no)
  const content = page.locator(`.slidev-page-${last.no}`)
  await expect(content.locator('a[href="https://www.linkedin.com/in/juangomez27/"]')).toBeVisible()
  await expect(content.locator('a[href="mailto:juangomeztic27@gmail.com"]')).toBeVisible()
  await expect(content.locator('img')).toHaveCount(0)
})

test('the favicon and fonts are served by the deck itself', async ({ page }) => {
  await openSlide(page, 1)
  const favicon = await page.locator('link[rel="icon"]').getAttribute('href')
  expect(favicon).toMatch(/^\/?favicon\.svg$|^\.\/favicon\.svg$/)
  const families = await page.evaluate(() => [...document.fonts].filter(font => font.status === 'loaded').map(font => font.family.replace(/"/g, '')))
  expect(families).toContain('Inter')
})
