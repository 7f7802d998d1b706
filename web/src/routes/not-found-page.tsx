import { Link } from 'react-router';
import { ErrorState } from '../components/states';

export function NotFoundPage() {
  return (
    <ErrorState title="Page not found" message="There is nothing at this address." action={<Link to="/">Go to my groups</Link>} />
  );
}
