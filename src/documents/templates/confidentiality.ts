/**
 * The confidentiality declaration of one user (seed 000 Bijlage 6; seed 002 art. 13.3) and the
 * register of signed declarations and VOG checks of the collaboration's users.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { dataList, frame, h2, p, signature, small, table } from '../frame.js';
import type { DocumentTheme } from '../frame.js';
import { dateNl, labelOf, ROLE_NL } from '../labels.js';

export interface DeclarationUser {
  readonly name: string;
  readonly username: string;
  readonly partner: string;
  readonly role: string;
  readonly active: boolean;
  readonly declaredAt: Date | null;
  readonly vogCheckedAt: Date | null;
}

export interface ConfidentialityDeclarationData {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly user: DeclarationUser;
  /** The collaboration asks a VOG or security screening (`declarations.vog.required`). */
  readonly vogRequired: boolean;
}

/** The VOG cell: the date, missing, or not asked where the covenant asks none. */
function vogCell(u: DeclarationUser, vogRequired: boolean, missing: string): string {
  if (u.vogCheckedAt !== null) return dateNl(u.vogCheckedAt);
  return vogRequired ? missing : 'niet vereist';
}

export function confidentialityDeclaration(d: ConfidentialityDeclarationData): TDocumentDefinitions {
  const u = d.user;
  return frame({
    title: 'Geheimhoudingsverklaring',
    subtitle: `${u.name} · ${u.partner}`,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: 'Vertrouwelijk',
    content: [
      p(`Ondergetekende, ${u.name}, werkzaam bij ${u.partner} in de rol ${labelOf(ROLE_NL, u.role).toLowerCase()}, verplicht zich tegenover ${d.collaborationName} tot geheimhouding van alle kennis die hij/zij verkrijgt over casuïstiek en betrokkenen in het kader van het convenant.`),
      p('De geheimhouding geldt zowel gedurende de periode waarin hij/zij gegevens verwerkt als daarna, ook na het einde van het lidmaatschap van de eigen organisatie. Verkregen informatie mag niet worden verwerkt op een wijze die onverenigbaar is met de doeleinden waarvoor zij is verkregen. Het is niet toegestaan enige informatie over betrokkenen aan derden te verstrekken, behalve waar een wettelijk voorschrift daartoe verplicht.'),
      p('Gegevens van andere partners worden niet meegenomen naar de eigen organisatie, tenzij de partner die ze inbracht dat na het Ronde Tafel Overleg uitdrukkelijk toestaat.'),
      h2('Gegevens'),
      dataList([
        ['Naam', u.name],
        ['Gebruikersnaam', u.username],
        ['Organisatie', u.partner],
        ['Rol', labelOf(ROLE_NL, u.role)],
        ['Verklaring vastgelegd', u.declaredAt === null ? 'nog niet vastgelegd' : dateNl(u.declaredAt)],
        ['VOG gecontroleerd', vogCell(u, d.vogRequired, 'nog niet vastgelegd')],
      ]),
      h2('Ondertekening'),
      dataList([
        ['Plaats', ''],
        ['Datum', u.declaredAt === null ? '' : dateNl(u.declaredAt)],
      ]),
      signature(`Handtekening ${u.name}`),
      small(
        d.vogRequired
          ? 'Zonder vastgelegde geheimhoudingsverklaring en VOG-controle heeft een gebruiker geen toegang tot persoonsgegevens in Casustafel.'
          : 'Zonder vastgelegde geheimhoudingsverklaring heeft een gebruiker geen toegang tot persoonsgegevens in Casustafel. Dit samenwerkingsverband vraagt geen VOG.',
      ),
    ],
  });
}

export interface DeclarationRegisterData {
  readonly collaborationName: string;
  readonly theme: DocumentTheme;
  readonly generatedAt: Date;
  readonly users: readonly DeclarationUser[];
  /** The collaboration asks a VOG or security screening (`declarations.vog.required`). */
  readonly vogRequired: boolean;
}

export function declarationRegister(d: DeclarationRegisterData): TDocumentDefinitions {
  const signed = d.users.filter((u) => u.declaredAt !== null).length;
  return frame({
    title: 'Register van geheimhoudingsverklaringen',
    subtitle: `${signed} van ${d.users.length} gebruikers hebben een vastgelegde verklaring`,
    collaborationName: d.collaborationName,
    theme: d.theme,
    generatedAt: d.generatedAt,
    marking: 'Vertrouwelijk',
    content: [
      p(
        d.vogRequired
          ? 'Iedere gebruiker met toegang tot persoonsgegevens heeft een geheimhoudingsverklaring ondertekend en is gescreend met een Verklaring Omtrent het Gedrag (seed 002 art. 13.3). Dit register toont per gebruiker wanneer beide zijn vastgelegd.'
          : 'Iedere gebruiker met toegang tot persoonsgegevens heeft een geheimhoudingsverklaring ondertekend. Het convenant van dit samenwerkingsverband vraagt geen Verklaring Omtrent het Gedrag; een VOG die toch is gecontroleerd staat met de datum in het register.',
      ),
      table(
        ['Naam', 'Organisatie', 'Rol', 'Verklaring', 'VOG', 'Actief'],
        d.users.map((u) => [u.name, u.partner, labelOf(ROLE_NL, u.role), u.declaredAt === null ? 'ontbreekt' : dateNl(u.declaredAt), vogCell(u, d.vogRequired, 'ontbreekt'), u.active ? 'ja' : 'nee']),
        ['*', '*', 'auto', 'auto', 'auto', 'auto'],
      ),
    ],
  });
}
