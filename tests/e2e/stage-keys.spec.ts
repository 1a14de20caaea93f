import type { Page } from '@playwright/test'
import { expect, openSlide, position, test } from './support/deck'
import { diagramSlides } from './support/navigation'

/**
 * The keys presentation remotes send besides PageUp/PageDown (README, "Presenting"): "b"/"." black
 * the screen, "w"/"," white it, the same key or any navigation key brings the slide back as it was;
 * the presenter view blanks the audience window through Slidev's shared state; F5 goes full screen
 * without reloading. A blank screen never reaches print.
 */
const [diagram] = await diagramSlides()
const NO = diagram.no
const CLICKS = 2

/** Everything the room sees of the slide that a blank screen must leave alone: place, clicks and the diagram's camera. */
function stageState(page: Page) {
  return page.locator(`.slidev-page-${NO}`).evaluate(slide => ({
    views: [
      ...slide.querySelectorAll('svg'),
    ].map(svg => svg.getAttribute('viewBox')),
    transforms: [
      ...slide.querySelectorAll<HTMLElement>('.ms-canvas, .ms-canvas > *'),
    ].map(el => getComputedStyle(el).transform),
  })).then(async picture => ({ ...picture, at: await position(page) }))
}

/** The colour at the middle of the window, and the element there, as the room would see it. */
function atCentre(page: Page) {
  return page.evaluate(() => {
    const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2) as HTMLElement
    return { blank: el.dataset.blank ?? null, background: getComputedStyle(el).backgroundColor }
  })
}

test.use({ reducedMotion: 'reduce' })

for (const [key, colour, rgb] of [
  ['b', 'black', 'rgb(0, 0, 0)'],
  ['.', 'black', 'rgb(0, 0, 0)'],
  ['w', 'white', 'rgb(255, 255, 255)'],
  [',', 'white', 'rgb(255, 255, 255)'],
] as const) {
  test(`"${key}" gives a ${colour} screen over the whole window, and "${key}" again the same slide, click and camera`, async ({ page }) => {
    await openSlide(page, NO, CLICKS, '/', { still: true })
    const before = await stageState(page)
    expect(before.at).toEqual({ no: NO, clicks: CLICKS })
    await page.keyboard.press(key)
    const screen = page.locator('.blank-screen')
    await expect(screen).toHaveAttribute('data-blank', colour)
    expect(await screen.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 })
    expect(await atCentre(page)).toEqual({ blank: colour, background: rgb })
    await page.keyboard.press(key)
    await expect(screen).toHaveCount(0)
    expect(await stageState(page)).toEqual(before)
  })
}

test('a navigation key on a blank screen brings the slide back where it was, without moving on', async ({ page }) => {
  await openSlide(page, NO, CLICKS, '/', { still: true })
  const before = await stageState(page)
  for (const key of [
    'ArrowRight',
    'PageDown',
    'PageUp',
    'Space',
  ]) {
    await page.keyboard.press('b')
    await expect(page.locator('.blank-screen')).toHaveAttribute('data-blank', 'black')
    await page.keyboard.press(key)
    await expect(page.locator('.blank-screen')).toHaveCount(0)
    expect(await stageState(page), `${key} should only end the blank screen`).toEqual(before)
  }
  // The other colour switches colour rather than ending the blank.
  await page.keyboard.press('b')
  await page.keyboard.press('w')
  await expect(page.locator('.blank-screen')).toHaveAttribute('data-blank', 'white')
  await page.keyboard.press('w')
  await expect(page.locator('.blank-screen')).toHaveCount(0)
  // And once the screen is back, navigation navigates again.
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => position(page)).toEqual({ no: NO, clicks: CLICKS + 1 })
})

for (const key of ['F5', 'Shift+F5']) {
  test(`${key} is the deck's: full screen where it is, no reload`, async ({ page }) => {
    await openSlide(page, NO, CLICKS, '/', { still: true })
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true
      // Registered after the deck's own listener, so it sees what the deck did with the key.
      window.addEventListener('keydown', (event) => {
        if (event.key === 'F5')
          (window as unknown as { taken: boolean }).taken = event.defaultPrevented
      })
    })
    await page.keyboard.press(key)
    await expect.poll(() => page.evaluate(() => (window as unknown as { taken?: boolean }).taken)).toBe(true)
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement))).toBe(true)
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true)
    expect(await position(page)).toEqual({ no: NO, clicks: CLICKS })
  })
}

test('the presenter blanks the audience window, sees that the room is blank, and brings it back', async ({ context }) => {
  const audience = await context.newPage()
  const presenter = await context.newPage()
  await openSlide(audience, NO, CLICKS, '/', { still: true })
  await presenter.goto(`/presenter/${NO}?clicks=${CLICKS}`)
  await expect(presenter.locator(`.slidev-page-${NO}`).first()).toBeVisible()
  const before = await stageState(audience)
  await presenter.keyboard.press('.')
  await expect(audience.locator('.blank-screen')).toHaveAttribute('data-blank', 'black')
  const notice = presenter.locator('.blank-notice')
  await expect(notice).toContainText('The room sees a black screen')
  // The presenter keeps the slide in sight: the notice is over their copy, not a blank window.
  await expect(presenter.locator('.blank-screen')).toHaveCount(0)
  await audience.screenshot({
    path: test.info().outputPath('audience-black.png'),
  })
  await presenter.screenshot({
    path: test.info().outputPath('presenter-room-black.png'),
  })
  await presenter.keyboard.press('ArrowRight')
  await expect(audience.locator('.blank-screen')).toHaveCount(0)
  await expect(notice).toHaveCount(0)
  expect(await stageState(audience)).toEqual(before)
})

test('a blank screen never reaches print, even when the audience window is blank', async ({ context }) => {
  const audience = await context.newPage()
  await openSlide(audience, NO, CLICKS, '/', { still: true })
  const print = await context.newPage()
  await print.goto(`/${NO}?print=true`)
  await expect(print.locator(`.slidev-page-${NO}`).first()).toBeVisible()
  await audience.keyboard.press('w')
  await expect(audience.locator('.blank-screen')).toHaveAttribute('data-blank', 'white')
  await audience.screenshot({
    path: test.info().outputPath('audience-white.png'),
  })
  await print.keyboard.press('b')
  await print.waitForTimeout(300)
  await expect(print.locator('.blank-screen, .blank-notice')).toHaveCount(0)
})

test('the overview keeps its keys: "b" there blanks nothing', async ({ page }) => {
  await openSlide(page, NO, CLICKS, '/', { still: true })
  await page.keyboard.press('o')
  await expect(page.getByText('Slides Overview')).toBeVisible()
  await page.keyboard.press('b')
  await page.waitForTimeout(300)
  await expect(page.locator('.blank-screen')).toHaveCount(0)
})
