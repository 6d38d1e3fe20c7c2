// Parser for the Prisma Schema Language (PSL), ported rule by rule from Prisma's PEG grammar
// (psl/schema-ast/src/parser/datamodel.pest) and extended with object expressions.
//
// Like Prisma's grammar, it never fails on a whole file: a line that is not a valid member of
// its block becomes an invalid line (a catch-all alternative, always the last one, so ANTLR's
// prediction prefers every real construct), and the AST builder reports it as an error. Only a
// block left open at the end of the file produces a syntax error.
parser grammar PrismaParser;

options { tokenVocab = PrismaLexer; }

schema
    : topLevelItem* EOF
    ;

topLevelItem
    : modelDeclaration
    | enumDeclaration
    | configBlock
    | typeAlias
    | arbitraryBlock
    | NEWLINE
    | invalidLine
    ;

// model, view and type (composite type) blocks share one syntax
modelDeclaration
    : keyword=(MODEL | VIEW | TYPE) name=identifier BLOCK_OPEN NEWLINE modelMember* BLOCK_CLOSE
    ;

modelMember
    : fieldDeclaration
    | blockAttribute NEWLINE
    | NEWLINE
    | invalidBlockLine
    ;

fieldDeclaration
    : name=identifier legacyColon=COLON? fieldType? fieldAttribute* NEWLINE
    ;

fieldType
    : baseType LBRACKET RBRACKET QUESTION # optionalListType
    | baseType LBRACKET RBRACKET          # listType
    | baseType QUESTION                   # optionalType
    | baseType BANG                       # legacyRequiredType
    | LBRACKET baseType RBRACKET          # legacyListType
    | baseType                            # requiredType
    ;

baseType
    : identifier LPAREN STRING RPAREN # unsupportedType
    | identifier                      # namedType
    ;

typeAlias
    : TYPE name=identifier EQUALS baseType fieldAttribute*
    ;

configBlock
    : keyword=(DATASOURCE | GENERATOR) name=identifier BLOCK_OPEN NEWLINE configMember* BLOCK_CLOSE
    ;

configMember
    : keyValue NEWLINE
    | NEWLINE
    | invalidBlockLine
    ;

keyValue
    : key=identifier EQUALS expression?
    ;

enumDeclaration
    : ENUM name=identifier BLOCK_OPEN NEWLINE enumMember* BLOCK_CLOSE
    ;

enumMember
    : enumValueDeclaration
    | blockAttribute NEWLINE
    | NEWLINE
    | invalidBlockLine
    ;

enumValueDeclaration
    : name=identifier fieldAttribute* NEWLINE
    ;

// a block without a known keyword: parsed only to report it as one error
arbitraryBlock
    : identifier BLOCK_OPEN ~BLOCK_CLOSE* BLOCK_CLOSE
    ;

invalidLine
    : ~NEWLINE+ (NEWLINE | EOF)
    ;

invalidBlockLine
    : ~(NEWLINE | BLOCK_CLOSE) ~NEWLINE* (NEWLINE | EOF)
    ;

blockAttribute
    : ATAT path argumentsList?
    ;

fieldAttribute
    : AT path argumentsList?
    ;

argumentsList
    : LPAREN (argument (COMMA argument)*)? trailingComma=COMMA? RPAREN
    ;

argument
    : name=identifier COLON expression # namedArgument
    | name=identifier COLON            # emptyArgument
    | expression                       # unnamedArgument
    ;

expression
    : path argumentsList                                                # functionCall
    | LBRACKET (expression (COMMA expression)*)? RBRACKET              # arrayExpression
    | LBRACE (objectMember (COMMA objectMember)*)? COMMA? RBRACE       # objectExpression
    | NUMBER                                                            # numericLiteral
    | STRING                                                            # stringLiteral
    | path                                                              # constantValue
    ;

objectMember
    : (identifier | STRING) COLON expression
    ;

path
    : identifier (DOT identifier)*
    ;

identifier
    : IDENT
    | MODEL
    | VIEW
    | TYPE
    | ENUM
    | DATASOURCE
    | GENERATOR
    ;
