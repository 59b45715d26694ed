define([], function () {
  return {
    Bar: {
      Label: 'Ska läsas',
      Due: 'Läs ”{0}” senast {1}.',
      NoDueDate: 'Du ska läsa ”{0}”.',
      Overdue: 'Läs ”{0}”: den skulle ha lästs senast {1}.',
      Confirm: 'Jag har läst',
      Confirming: 'Sparar…',
      Confirmed: 'Du bekräftade den {0} att du har läst nyheten.',
      Failed: 'Bekräftelsen kunde inte sparas. Försök igen.'
    }
  };
});
