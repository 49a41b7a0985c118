console.log('eval: not yet');
