define([], function () {
  return {
    Bar: {
      Label: 'Must read',
      Due: 'Read “{0}” by {1}.',
      NoDueDate: 'You are asked to read “{0}”.',
      Overdue: 'Read “{0}”: it was to be read by {1}.',
      Confirm: 'I have read it',
      Confirming: 'Saving…',
      Confirmed: 'You confirmed on {0} that you have read this news item.',
      Failed: 'The confirmation could not be saved. Try again.'
    }
  };
});
