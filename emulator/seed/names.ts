/**
 * Names for the seeded employees: common Swedish first names and surnames, with some names
 * of other origins, as in the staff of a Swedish municipality today.
 */
export const FEMALE_FIRST_NAMES: readonly string[] = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Kerstin', 'Emma', 'Ingrid', 'Marie',
  'Malin', 'Kristina', 'Jenny', 'Hanna', 'Sofia', 'Linda', 'Annika', 'Susanne', 'Elin', 'Johanna',
  'Helena', 'Ulla', 'Camilla', 'Ida', 'Sandra', 'Åsa', 'Elisabeth', 'Therese', 'Lisa', 'Frida',
  'Julia', 'Amanda', 'Josefin', 'Matilda', 'Ebba', 'Maja', 'Alva', 'Elsa', 'Moa', 'Agnes',
  'Louise', 'Cecilia', 'Petra', 'Jessica', 'Monica', 'Birgitta', 'Margareta', 'Gunilla', 'Lovisa', 'Ylva',
  'Anneli', 'Veronica', 'Pernilla', 'Charlotte', 'Katarina', 'Helén', 'Mona', 'Inger', 'Britt', 'Sigrid',
  'Tove', 'Wilma', 'Klara', 'Stina', 'Märta', 'Signe', 'Astrid', 'Ronja', 'Nora', 'Vera',
  'Amira', 'Fatima', 'Leyla', 'Noor', 'Yasmin', 'Aisha', 'Mira', 'Nadia', 'Samira', 'Zeynep',
  'Aida', 'Lejla', 'Natalia', 'Tiina', 'Hodan', 'Sahar',
];

export const MALE_FIRST_NAMES: readonly string[] = [
  'Lars', 'Mikael', 'Anders', 'Johan', 'Per', 'Erik', 'Karl', 'Peter', 'Thomas', 'Jan',
  'Daniel', 'Fredrik', 'Hans', 'Andreas', 'Stefan', 'Mats', 'Marcus', 'Magnus', 'Mattias', 'Jonas',
  'Niklas', 'Björn', 'Martin', 'Henrik', 'Oskar', 'Viktor', 'Simon', 'Alexander', 'Emil', 'Gustav',
  'Axel', 'Filip', 'Anton', 'Linus', 'Jesper', 'Joakim', 'Patrik', 'Ulf', 'Bengt', 'Göran',
  'Kent', 'Leif', 'Roger', 'Tobias', 'Rickard', 'Sebastian', 'Oliver', 'Hugo', 'Elias', 'Adam',
  'Tomas', 'Kristoffer', 'Robin', 'Åke', 'Örjan', 'Sören', 'Torbjörn', 'Håkan', 'Olof', 'Nils',
  'Gunnar', 'Sven', 'Arvid', 'Ludvig', 'Vilgot', 'Isak', 'Albin', 'Melker', 'Kalle', 'Pontus',
  'Ali', 'Omar', 'Ahmad', 'Mohammed', 'Yusuf', 'Hassan', 'Dragan', 'Amir', 'Mehmet', 'Arash',
  'Dino', 'Milan', 'Juha', 'Abdi', 'Tarik',
];

export const SURNAMES: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson',
  'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Jakobsson', 'Magnusson', 'Olofsson',
  'Lindström', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson', 'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist',
  'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund',
  'Danielsson', 'Lundin', 'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson',
  'Fransson', 'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson',
  'Nordström', 'Mårtensson', 'Lundström', 'Viklund', 'Björklund', 'Eliasson', 'Pålsson', 'Berggren', 'Sandström', 'Lund',
  'Nordin', 'Ström', 'Åberg', 'Hermansson', 'Ekström', 'Holmgren', 'Sundberg', 'Hedlund', 'Dahlberg', 'Hellström',
  'Sjögren', 'Abrahamsson', 'Falk', 'Martinsson', 'Öberg', 'Andreasson', 'Strömberg', 'Månsson', 'Åkesson', 'Norberg',
  'Lindholm', 'Dahl', 'Jonasson', 'Ek', 'Sundqvist', 'Franzén', 'Rosén', 'Wennberg', 'Ahlström', 'Carlsson',
  'Gustavsson', 'Palm', 'Ståhl', 'Törnqvist', 'Kvist', 'Fors', 'Lilja', 'Ekberg', 'Hallberg', 'Nordqvist',
  'Ahmed', 'Hassan', 'Ali', 'Mohammed', 'Yilmaz', 'Nguyen', 'Rahimi', 'Haddad', 'Nieminen', 'Korhonen',
  'Novak', 'Hodžić', 'Kowalski', 'Jovanović', 'Osman', 'Mahmoud',
];

/** Lower-case ASCII with dashes, for addresses and nicknames: "Lön och HR" -> "lon-och-hr". */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The local part of a seeded e-mail address: "Åsa Björk" -> "asa.bjork". */
export function emailLocalPart(givenName: string, surname: string): string {
  return `${asciiSlug(givenName)}.${asciiSlug(surname)}`;
}
