import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CareerTimeline from '../../components/CareerTimeline.vue'
import { career } from '../../data/career'

const today = new Date(Date.UTC(2026, 10, 23))

/** Mounts with a `v-click` stand-in that records the click each era asked for. */
function render(props: Record<string, unknown> = {}) {
  const clicks = new Map<string, unknown>()
  const wrapper = mount(CareerTimeline, {
    props: { today, ...props },
    global: {
      directives: {
        click: {
          mounted: (el: HTMLElement, binding) => clicks.set(el.dataset.era!, binding.value),
        },
      },
    },
  })
  return { wrapper, clicks }
}

describe('careerTimeline', () => {
  it('draws every career row, in order, inside its era', () => {
    const { wrapper } = render()
    const rows = wrapper.findAll('.row')
    expect(rows).toHaveLength(career.length)
    expect(rows.map(r => r.get('.role').text())).toEqual(career.map(r => r.role))
    // Dates are the bars on the axis; a row names its organization when the sources give one.
    expect(rows.map(r => r.find('.meta').exists()
      ? r.get('.meta').text()
      : '')).toEqual(career.map(r => r.org ?? ''))
    for (const [i, row] of career.entries())
      expect(rows[i].element.closest('[data-era]')!.getAttribute('data-era')).toBe(row.era)
    expect(wrapper.findAll('[data-era]').map(e => e.attributes('data-era'))).toEqual(['foundations', 'cloud', 'twilio'])
  })

  it('shows the first era at once and reveals each later era on its own click', () => {
    expect(Object.fromEntries(render().clicks)).toEqual({ foundations: false, cloud: '+1', twilio: '+1' })
    expect(Object.fromEntries(render({ at: 3 }).clicks)).toEqual({ foundations: false, cloud: 3, twilio: 4 })
    expect(Object.fromEntries(render({ at: '2' }).clicks)).toEqual({ foundations: false, cloud: 2, twilio: 3 })
  })

  it('places bars on a year axis from 2010 to the year after today', () => {
    const { wrapper } = render()
    const left = (i: number) => Number.parseFloat(wrapper.findAll('.bar')[i].attributes('style')!.match(/left: ([\d.]+)%/)![1])
    expect(left(0)).toBe(0) // 2010, the start of the axis
    expect(left(9)).toBeGreaterThan(left(8)) // Staff role starts after Sr role
    expect(wrapper.findAll('.tick').map(t => t.text())).toEqual([
      '2010',
      '2012',
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
      '2026',
    ])
  })

  it('leaves the dates to the year axis (the era slides give them to the month), to keep the slide within its words', () => {
    const text = render().wrapper.text()
    for (const row of career.filter(r => r.from.includes(' ')))
      expect(text, row.role).not.toContain(row.from)
  })
})
