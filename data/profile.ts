import type { SourceLine } from './source'
import { cite } from './source'

export interface Profile {
  name: string
  title: string
  focus: string
  tagline: string
  background: string
  employer: string
  contact: { linkedin: string, email: string }
  sources: SourceLine[]
}

export const profile: Profile = {
  name: 'Juan Felipe Gómez',
  title: 'Staff Software Engineer',
  focus: 'Platform Infrastructure & SRE',
  tagline: 'Scaling cloud-native infrastructure, high-throughput API gateways and resilient platform services.',
  background: 'Telematics Engineer',
  employer: 'Twilio',
  contact: {
    linkedin: 'https://www.linkedin.com/in/juangomez27/',
    email: 'juangomeztic27@gmail.com',
  },
  sources: [
    ...cite('000', 1, 5, 211),
    ...cite('001', 1, 2, 3),
  ],
}
