// Lexer for the Prisma Schema Language (PSL) as Prisma 6 and 7 accept it.
//
// PSL is line oriented: a newline ends a field, an attribute line or a key/value pair, so
// NEWLINE is a real token. An opening brace outside any parentheses opens a block and, as in
// Prisma's own grammar, swallows the rest of its line (BLOCK_OPEN). Inside parentheses, braces
// delimit object expressions ({ key: value }). The lexer never fails: any character it does
// not know becomes an ERROR_CHAR token, which the parser turns into an invalid line.
lexer grammar PrismaLexer;

channels { DOCUMENTATION }

@members {
    private int nesting;
}

MODEL      : 'model';
VIEW       : 'view';
TYPE       : 'type';
ENUM       : 'enum';
DATASOURCE : 'datasource';
GENERATOR  : 'generator';

DOC_COMMENT   : '///' ~[\r\n]* -> channel(DOCUMENTATION);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(DOCUMENTATION);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);

BLOCK_OPEN  : '{' {this.nesting == 0}? ~[\r\n]*;
LBRACE      : '{' {this.nesting > 0}? {this.nesting++;};
BLOCK_CLOSE : '}' {this.nesting == 0}?;
RBRACE      : '}' {this.nesting > 0}? {this.nesting--;};

LPAREN   : '(' {this.nesting++;};
RPAREN   : ')' {if (this.nesting > 0) this.nesting--;};
LBRACKET : '[' {this.nesting++;};
RBRACKET : ']' {if (this.nesting > 0) this.nesting--;};

ATAT     : '@@';
AT       : '@';
COMMA    : ',';
COLON    : ':';
EQUALS   : '=';
QUESTION : '?';
BANG     : '!';
DOT      : '.';

NUMBER : '-'? [0-9]+ ('.' [0-9]+)?;
IDENT  : [\p{L}0-9] [\p{L}0-9_\-]*;

STRING              : '"' ('\\' ~[\r\n] | ~["\\\u0000-\u001F])* '"';
UNTERMINATED_STRING : '"' ('\\' ~[\r\n] | ~["\\\r\n])*;

NEWLINE : ('\r\n' | '\n' | '\r') {this.nesting = 0;};
WS      : [ \t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]+ -> skip;

ERROR_CHAR : .;
