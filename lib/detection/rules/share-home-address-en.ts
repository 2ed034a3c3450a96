import { defineRule } from '../define-rule';

export default defineRule({
  id: 'share-home-address-en',
  category: 'oversharing',
  lang: 'en',
  severity: 'low',
  contexts: ['typed'],
  // The child typing their home address in English. Look-alike: a school trip location.
  patterns: [
    'my alamat is',
    'i live at|on *3 {number}',
    'i live on *2 street|road|avenue|lane|drive',
    '{number} *2 street|st|road|rd|avenue|ave|lane|drive|court|way',
    'my rumah is *2 on|at|next',
  ],
  unless: ['museum|trip|school|party|store|mall|park'],
  examples: {
    match: ['my address is 24 maple street', 'i live on oak road', 'i live at 12 elm st'],
    noMatch: ['we go to the museum on 5th avenue tomorrow'],
  },
});
