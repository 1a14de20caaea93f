import type { Locator, Page } from '@playwright/test'
import { join } from 'node:path'
import process from 'node:process'
import { lastStep } from 'slidev-addon-talk-engine'
import { mermaidRequests } from '../../scripts/bench/page-load'
import { expect, openSlide, test, waitForSlide } from './support/deck'
import { assetScripts, expectedState, mermaidCarriers, shownState } from './support/diagram-state'
import { diagramSlides } from './support/navigation'

const slides = await diagramSlides()

function diagramIn(page: Page, no: number, id: string): Locator {
  return page.locator(`.slidev-page-${no} [data-diagram="${id}"]`)
}

test('the deck has a slide for each of its five diagrams', () => {
  expect(slides.map(s => s.id).sort()).toEqual([
    'connectivity',
    'dns',
    'gateway',
    'handshake',
    'pipeline',
  ])
})

for (const { no, file, spec, id } of slides) {
  test.describe(`${id} diagram, ${file} (slide ${no})`, () => {
    for (let k = 0; k <= lastStep(spec); k++) {
      test(`/${no}?clicks=${k} shows step ${k}`, async ({ page }) => {
        await openSlide(page, no, k)
        const diagram = diagramIn(page, no, id)
        const got = await shownState(diagram)
        const want = expectedState(spec, k)
        expect({ ...got, all: undefined, packets: undefined }).toEqual({ ...want, all: undefined, packets: undefined })
        // The request moves only while something flows; still items are drawn, not hidden.
        expect(got.packets > 0).toBe(want.flowing.length > 0)
        const hidden = got.all.find(item => !want.visible.includes(item))
        if (hidden)
          expect(await diagram.locator(`.ms-item[data-id="${hidden}"]`).first().evaluate(el => getComputedStyle(el).opacity)).toBe('0')
        await expect(diagram.locator('figcaption')).toHaveAttribute('aria-live', 'polite')
      })
    }

    test('clicking forward then back passes through the same states as the URLs', async ({ page }) => {
      await openSlide(page, no, 0)
      const diagram = diagramIn(page, no, id)
      await shownState(diagram)
      const last = lastStep(spec)
      for (let k = 1; k <= last; k++) {
        await page.keyboard.press('ArrowRight')
        await expect(diagram).toHaveAttribute('data-step', String(k))
        expect((await shownState(diagram)).visible).toEqual(expectedState(spec, k).visible)
      }
      for (let k = last - 1; k >= 0; k--) {
        await page.keyboard.press('ArrowLeft')
        await expect(diagram).toHaveAttribute('data-step', String(k))
        const got = await shownState(diagram)
        expect({ visible: got.visible, flowing: got.flowing, caption: got.caption })
          .toEqual({ visible: expectedState(spec, k).visible, flowing: expectedState(spec, k).flowing, caption: expectedState(spec, k).caption })
      }
    })

    test('the final state shows every node, edge and subgraph, with an accessible name', async ({ page }) => {
      await openSlide(page, no, lastStep(spec))
      const diagram = diagramIn(page, no, id)
      const got = await shownState(diagram)
      expect(got.all.length).toBeGreaterThan(0)
      expect(got.visible).toEqual(got.all)
      // Named by the Mermaid source's own accTitle.
      await expect(diagram.getByRole('img', { name: /^\s*accTitle:[ \t]*(\S.*)$/m.exec(spec.code)![1] })).toBeVisible()
      // Mermaid sized each label's box to its text as it measured it: the slide's CSS must not draw the text otherwise.
      const labels = await diagram.locator('foreignObject').evaluateAll(objects => objects.map(object => ({
        text: object.textContent?.trim() ?? '',
        box: Number(object.getAttribute('height')),
        drawn: object.firstElementChild!.getBoundingClientRect().height / (object.getBoundingClientRect().height / Number(object.getAttribute('height'))),
      })).filter(label => label.text && label.box > 0))
      // Flowcharts draw labels as HTML (htmlLabels); a sequence diagram's are SVG text, sized by the browser.
      expect(labels.length > 0).toBe(/^flowchart/m.test(spec.code))
      for (const label of labels)
        expect(label.drawn, `"${label.text}" is drawn ${label.drawn.toFixed(1)} units tall in a ${label.box}-unit box`).toBeCloseTo(label.box, 0)
    })

    test('?print shows the complete diagram, with no moving request', async ({ page }) => {
      await page.goto(`/${no}?print`)
      await waitForSlide(page, no)
      const diagram = diagramIn(page, no, id)
      const got = await shownState(diagram)
      expect(got.step).toBe(lastStep(spec))
      expect(got.visible).toEqual(got.all)
      expect(got.packets).toBe(0)
    })
  })
}

// `slidev export --with-clicks` opens `/N?print=clicks&clicks=K` for each page; the static build has no `/print` route.
for (const { no, spec, id } of slides) {
  test(`${id}: export with clicks shows exactly each step, still`, async ({ page }) => {
    // One fresh page load per step, as the exporter does.
    test.slow()
    for (let k = 0; k <= lastStep(spec); k++) {
      await page.goto(`/${no}?print=clicks&clicks=${k}`)
      await waitForSlide(page, no)
      const diagram = diagramIn(page, no, id)
      const got = await shownState(diagram)
      expect({
        step: got.step,
        visible: got.visible,
        flowing: got.flowing,
        packets: got.packets,
      })
        .toEqual({
          step: k,
          visible: expectedState(spec, k).visible,
          flowing: expectedState(spec, k).flowing,
          packets: 0,
        })
      await expect(diagram).toHaveClass(/is-still/)
    }
  })
}

test('presenter view shows the current step, and the next click as a still preview', async ({ page }) => {
  const { no, spec, id } = slides[0]
  const k = Math.min(2, lastStep(spec) - 1)
  await page.goto(`/presenter/${no}?clicks=${k}`)
  await waitForSlide(page, no)
  const instances = page.locator(`.slidev-page-${no} [data-diagram="${id}"]`)
  await expect(instances).toHaveCount(2)
  const current = await shownState(instances.nth(0))
  const next = await shownState(instances.nth(1))
  expect(current.visible).toEqual(expectedState(spec, k).visible)
  expect(next.visible).toEqual(expectedState(spec, k + 1).visible)
  await expect(instances.nth(1)).toHaveClass(/is-still/)
})

test('with prefers-reduced-motion the request route is drawn still', async ({ page }) => {
  const { no, spec, id } = slides[0]
  const k = spec.steps.findIndex(step => step.flow?.length)
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openSlide(page, no, k)
  const diagram = diagramIn(page, no, id)
  const got = await shownState(diagram)
  expect({ flowing: got.flowing, packets: got.packets }).toEqual({ flowing: expectedState(spec, k).flowing, packets: 0 })
  await expect(diagram).toHaveClass(/is-still/)
})

test('the overview shows every diagram complete and still', async ({ page }) => {
  await page.goto('/overview')
  for (const { no, spec, id } of slides) {
    const diagram = diagramIn(page, no, id)
    const got = await shownState(diagram)
    expect({ step: got.step, complete: got.visible.length === got.all.length, packets: got.packets }).toEqual({
      step: lastStep(spec),
      complete: true,
      packets: 0,
    })
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`every diagram slide shows the drawing the build made, in ${scheme}, and loads no Mermaid or ELK`, async ({ page }) => {
    const urls: string[] = []
    page.on('request', request => urls.push(request.url()))
    await page.emulateMedia({ colorScheme: scheme })
    for (const { no, id } of slides) {
      await openSlide(page, no)
      await expect(diagramIn(page, no, id)).toHaveAttribute('data-drawn', 'plugin')
      // One drawing for both schemes: the slide's scheme colors it through the --ms-* custom properties.
      expect(await page.locator('html').evaluate(html => html.classList.contains('dark'))).toBe(scheme === 'dark')
    }
    await page.waitForLoadState('networkidle')
    expect(mermaidRequests(urls)).toEqual([])
  })
}

test('the built site holds no Mermaid or ELK code at all', () => {
  const dist = process.env.DECK_DIST ?? 'dist'
  const assets = join(dist, 'assets')
  const files = assetScripts(assets)
  expect(files.length, 'the build has scripts').toBeGreaterThan(5)
  // Strings only Mermaid's core and ELK's layout carry (Slidev splits Mermaid into mermaid.core-*.js and elk-*.js).
  expect(mermaidCarriers(assets, files)).toEqual([])
})
