/** The page frame: skip link, header with the user and language switch, main navigation, footer. */
import type { ReactNode } from 'react';
import { useI18n, label } from '../i18n/i18n';
import { Link, navigate, usePath } from '../router';
import { useSession } from '../session';
import { useCollaboration } from '../api/collaboration';
import { Button } from './ui';
import { usePrivacyNav } from '../screens/privacy/routes';
import { DeclarationNotice } from '../screens/declarations';

type NavKey = 'myWork' | 'team' | 'register' | 'sessions' | 'admin' | 'adminTables' | 'adminPartners' | 'adminAbsences' | 'audit' | 'figures' | 'roleGrants' | 'inbox' | 'absence' | 'amendments' | 'membership' | 'disputes' | 'delegates';

/** Navigation per role: where each role works, and everyone's inbox. The API still decides every action. */
function navFor(role: string, governance: Governance): readonly NavKey[] {
  return [...roleNav(role).filter((key) => (key === 'disputes' ? governance.disputes : key === 'membership' ? governance.membership : true)), 'inbox'];
}

/** The governance screens a collaboration's configuration has: disputes (ADR 0210), membership decisions (ADR 0200, 0201, seed 000 art. 13.2). */
interface Governance {
  readonly disputes: boolean;
  readonly membership: boolean;
}

function roleNav(role: string): readonly NavKey[] {
  switch (role) {
    case 'admin':
      return ['admin', 'adminTables', 'adminPartners', 'adminAbsences', 'amendments', 'membership'];
    case 'privacy_officer':
      return ['audit'];
    case 'manager':
      return ['myWork', 'figures', 'roleGrants', 'amendments', 'membership', 'disputes', 'delegates'];
    case 'statistician':
      return ['figures'];
    case 'professional':
      return ['myWork', 'register', 'sessions', 'absence', 'disputes'];
    case 'process_director':
      return ['myWork', 'team', 'sessions', 'absence', 'disputes'];
    case 'support':
      return ['myWork', 'sessions', 'absence', 'disputes'];
    default:
      return ['myWork'];
  }
}

const PATHS: Record<NavKey, string> = {
  myWork: '/',
  team: '/team',
  register: '/cases/new',
  sessions: '/sessions',
  admin: '/admin',
  adminTables: '/admin/tables',
  adminPartners: '/admin/partners',
  adminAbsences: '/admin/absences',
  audit: '/audit',
  figures: '/figures',
  roleGrants: '/role-grants',
  inbox: '/inbox',
  absence: '/absence',
  amendments: '/amendments',
  membership: '/membership',
  disputes: '/disputes',
  delegates: '/delegates',
};

/** The current item: its own path, or a page below it (`/admin/partners/…` under Partners, not under Beheer). */
function isCurrent(key: NavKey, path: string): boolean {
  const own = PATHS[key];
  return path === own || (key !== 'admin' && own !== '/' && path.startsWith(`${own}/`)) || (key === 'admin' && path.startsWith('/admin/users/'));
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { me, logout } = useSession();
  const path = usePath();
  const privacyNav = usePrivacyNav(me?.userId ?? null);
  const collaboration = useCollaboration(me?.collaborationId ?? null);
  const c = collaboration?.config;
  const governance: Governance = {
    disputes: c?.disputes !== undefined,
    membership: c !== undefined && (c.exclusion !== undefined || c.withdrawalOnAmendment !== undefined || c.immediateTerminationWithUnanimousConsent !== undefined),
  };
  const navLabel = (key: NavKey): string =>
    key === 'adminTables' ? t.governance.nav.tables : key === 'adminPartners' ? t.governance.nav.partners : key === 'inbox' ? t.documents.inbox.nav : key === 'roleGrants' ? t.fourEyes.nav : key === 'sessions' ? t.sessions.nav : key === 'team' ? t.workQueue.nav : key === 'absence' ? t.substitutes.nav : key === 'adminAbsences' ? t.substitutes.admin.nav : key === 'amendments' ? t.governance.nav.amendments : key === 'membership' ? t.governance.nav.membership : key === 'disputes' ? t.governance.nav.disputes : key === 'delegates' ? t.governance.nav.delegates : t.nav[key];
  return (
    <div className="utrecht-page-layout ct-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t.app.skipLink}
      </a>
      <header className="utrecht-page-header ct-header">
        <div className="utrecht-page-header__content ct-header__content">
          <Link to="/" className="ct-brand">
            {t.app.name}
          </Link>
          <div className="ct-header__tools">
            {me ? <span className="ct-user">{t.app.signedInAs(me.displayName, label(t.roles, me.role))}</span> : null}
            {me && !me.secondFactor ? (
              <Link to="/account/second-factor" className="utrecht-link">
                {t.surface.secondFactor.title}
              </Link>
            ) : null}
            <Button appearance="subtle" lang={lang === 'nl' ? 'en' : 'nl'} aria-label={t.app.switchLanguageLabel} onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}>
              {t.app.switchLanguage}
            </Button>
            {me ? (
              <Button
                appearance="secondary"
                onClick={() => {
                  void logout().then(() => navigate('/login'));
                }}
              >
                {t.app.logout}
              </Button>
            ) : null}
          </div>
        </div>
        {me ? (
          <nav className="utrecht-nav-bar ct-nav" aria-label={t.app.mainNav}>
            <div className="utrecht-nav-bar__content">
              <ul className="utrecht-nav-list">
                {navFor(me.role, governance).map((key) => (
                  <li className="utrecht-nav-list__item" key={key}>
                    <Link to={PATHS[key]} className="utrecht-nav-list__link" current={isCurrent(key, path)}>
                      {navLabel(key)}
                    </Link>
                  </li>
                ))}
                {privacyNav.map((item) => (
                  <li className="utrecht-nav-list__item" key={item.path}>
                    <Link to={item.path} className="utrecht-nav-list__link" current={path === item.path || path.startsWith(`${item.path}/`)}>
                      {t.privacy.nav[item.key]}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        ) : null}
      </header>
      <main className="utrecht-page-body ct-main" id="main">
        <div className="utrecht-page-body__content">
          <DeclarationNotice />
          {children}
        </div>
      </main>
      <footer className="utrecht-page-footer ct-footer">
        <div className="utrecht-page-footer__content">
          <p className="utrecht-paragraph">{t.app.footer}</p>
        </div>
      </footer>
    </div>
  );
}
