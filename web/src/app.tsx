/** The screens and which path shows which; signed-out users see the login screen. */
import { useEffect } from 'react';
import { Layout } from './components/layout';
import { Heading, Paragraph } from './components/ui';
import { useI18n } from './i18n/i18n';
import { Link, match, navigate, usePath } from './router';
import { CasePage } from './screens/case-page';
import { LoginScreen } from './screens/login';
import { MyWorkScreen } from './screens/my-work';
import { RegisterCaseScreen } from './screens/register-case';
import { InboxScreen } from './screens/inbox';
import { SecondFactorScreen } from './screens/second-factor';
import { useSession } from './session';
import { useCollaborationTheme } from './theme-stylesheet';
import { EXTRA_ROUTES } from './screens/routes';

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <Heading level={1} focusOnMount>
        {t.app.notFound}
      </Heading>
      <Paragraph>
        <Link to="/">{t.app.backToWork}</Link>
      </Paragraph>
    </>
  );
}

function Screen({ path }: { path: string }) {
  if (match('/', path)) return <MyWorkScreen />;
  if (match('/cases/new', path)) return <RegisterCaseScreen />;
  if (match('/inbox', path)) return <InboxScreen />;
  if (match('/account/second-factor', path)) return <SecondFactorScreen />;
  for (const route of EXTRA_ROUTES) {
    const params = match(route.pattern, path);
    if (params) return route.render(params);
  }
  const c = match('/cases/:caseId', path);
  if (c?.caseId !== undefined) return <CasePage caseId={c.caseId} key={c.caseId} />;
  return <NotFound />;
}

export function App() {
  const { t } = useI18n();
  const { me } = useSession();
  const path = usePath();
  useCollaborationTheme(me?.collaborationId ?? null);
  useEffect(() => {
    if (me === null && path !== '/login') navigate('/login');
    if (me && path === '/login') navigate('/');
  }, [me, path]);
  useEffect(() => {
    // The screen's main heading names the page (WCAG 2.4.2); a heading that appears later sets it itself.
    const heading = document.querySelector('main h1')?.textContent?.trim() ?? '';
    document.title = heading === '' ? t.app.name : `${heading} - ${t.app.name}`;
  }, [t, path]);
  return <Layout>{me === undefined ? <Paragraph>{t.app.loading}</Paragraph> : me === null ? <LoginScreen /> : me.enrolmentRequired ? <SecondFactorScreen /> : <Screen path={path} key={path} />}</Layout>;
}
