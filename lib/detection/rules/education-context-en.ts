import { defineRule } from '../define-rule';

export default defineRule({
  id: 'education-context-en',
  category: 'education',
  lang: 'en',
  severity: 'low',
  contexts: ['page', 'search'],
  // English lessons, news and safety advice: they cap a page or search at low.
  patterns: [
    'ortu guide|need_to_know|should_know',
    'what ortu need|should *1 tau',
    'talk *1 to your *1 child|kids|children|teen',
    'how to talk to',
    'online safety',
    'stay|staying|keep|keeping *2 safe online',
    'keep *2 children|kids|child|teens *1 safe',
    'lesson|lab|worksheet|learning_objectives|curriculum|unit|module|tutorial_for_class',
    'learning objectives',
    'police|arrested|charged|suspect|sentenced|court|prosecutors|investigation',
    'according to',
    'reported|reporter|news',
    'what is a|an',
    'how *1 vpn|vpns|it|firewalls|proxies *1 works|work',
    'dangers|risks of',
    'warning signs',
    'safeguarding',
    'research|study|survey|report_finds',
    'report *3 police|ncmec|iwf|ceop|cybertip',
    'for parents|teachers|educators',
  ],
  examples: {
    match: [
      'What parents need to know about Omegle',
      'Lesson 7: How a VPN works',
      'Police arrest man over sextortion',
      'what is a vpn for kids',
    ],
    noMatch: ['free proxy to unblock sites', 'omegle'],
  },
});
