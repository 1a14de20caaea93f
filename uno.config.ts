import { defineConfig } from 'unocss'
import { skills } from './data/skills'

export default defineConfig({
  // Icon classes that live in data/ rather than in a template, where UnoCSS would not see them.
  safelist: skills.map(group => group.icon),
})
