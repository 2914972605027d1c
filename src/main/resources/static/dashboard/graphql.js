// Every number on this page comes from the GraphQL API, through this one function.
async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
    body: JSON.stringify({ query, variables })
  });
  const body = await response.json();
  if (body.errors) {
    throw new Error(body.errors.map(e => e.message).join('; '));
  }
  return body.data;
}
