import { describe, expect, it } from 'vitest'
import { findBrowser } from '../../scripts/find-browser'

describe('findBrowser', () => {
  it('prefers CHROMIUM_PATH when the file is there', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, path => path === '/opt/chrome')).toBe('/opt/chrome')
  })

  it('says so when CHROMIUM_PATH points at nothing, instead of silently falling back', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow('CHROMIUM_PATH is set to /nope, but no file is there.')
  })

  it('falls back to Debian\'s chromium', () => {
    expect(findBrowser({}, path => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium')
  })

  it('explains how to get a browser when there is none', () => {
    expect(() => findBrowser({}, () => false)).toThrow(/No Chromium found\. Install one .*apt-get install -y chromium.*CHROMIUM_PATH/)
  })
})
