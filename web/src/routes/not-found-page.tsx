import { Link } from 'react-router';
import { ErrorState } from '../components/states';
import { useDocumentTitle } from '../components/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <ErrorState title="Page not found" message="There is nothing at this address." action={<Link to="/">Go to my groups</Link>} />
  );
}
