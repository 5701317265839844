// Passwords out of source names: every form a GDAL source can carry one in,
// with what names the database kept, and text without a secret unchanged.

#include <gtest/gtest.h>

#include <string>

#include "gis/redact.h"

namespace coverplan::gis {
namespace {

TEST(Redact, PlainPathsAndTextPassUnchanged) {
    for (const std::string text : {"", "zones.gpkg", "/data/Bắc Giang/network.gpkg", "C:\\data\\pass.shp",
                                   "../password/zones.gpkg", "PG:host=db port=5432 dbname=x user=u",
                                   "postgresql://user@host/db", "https://example.org/a@2x.tif",
                                   "password authentication failed for user \"u\"", "bypass=1 compass=2"})
        EXPECT_EQ(redact_secrets(text), text);
}

TEST(Redact, LibpqKeywordValuePairs) {
    EXPECT_EQ(redact_secrets("PG:host=db port=5432 dbname=x user=u password=secret"),
              "PG:host=db port=5432 dbname=x user=u password=***");
    EXPECT_EQ(redact_secrets("PG:password=secret host=db dbname=x"), "PG:password=*** host=db dbname=x");
    EXPECT_EQ(redact_secrets("PG:dbname=x password = 'a b\\' c' host=db"), "PG:dbname=x password=*** host=db");
    EXPECT_EQ(redact_secrets("PG:dbname=x PASSWORD=\"s p\" user=u"), "PG:dbname=x PASSWORD=*** user=u");
    EXPECT_EQ(redact_secrets("PG:dbname=x Password=a,b;c&d host=db"), "PG:dbname=x Password=*** host=db");
    EXPECT_EQ(redact_secrets("PG:dbname=x sslpassword=k passwd=p"), "PG:dbname=x sslpassword=*** passwd=***");
    EXPECT_EQ(redact_secrets("PG:dbname=x password='never closed"), "PG:dbname=x password=***");
    EXPECT_EQ(redact_secrets("PG:dbname=x password="), "PG:dbname=x password=***");
}

TEST(Redact, UrlCredentials) {
    EXPECT_EQ(redact_secrets("PG:postgresql://user:pass@host:5432/db"), "PG:postgresql://user:***@host:5432/db");
    EXPECT_EQ(redact_secrets("postgres://u:p%40ss@host/db?sslmode=require"), "postgres://u:***@host/db?sslmode=require");
    EXPECT_EQ(redact_secrets("/vsicurl/https://user:pass@host/data/zones.gpkg"),
              "/vsicurl/https://user:***@host/data/zones.gpkg");
    EXPECT_EQ(redact_secrets("postgresql://:only@host/db"), "postgresql://:***@host/db");
    EXPECT_EQ(redact_secrets("postgresql://host/db?user=u&password=p&sslmode=require"),
              "postgresql://host/db?user=u&password=***&sslmode=require");
}

TEST(Redact, MysqlOdbcAndOci) {
    EXPECT_EQ(redact_secrets("MYSQL:db,host=h,user=u,password=secret,tables=a"),
              "MYSQL:db,host=h,user=u,password=***,tables=a");
    EXPECT_EQ(redact_secrets("MYSQL:db,password=secret"), "MYSQL:db,password=***");
    EXPECT_EQ(redact_secrets("MSSQL:server=s;database=d;UID=u;PWD=secret;"), "MSSQL:server=s;database=d;UID=u;PWD=***;");
    EXPECT_EQ(redact_secrets("ODBC:DSN=d;Uid=u;Pwd={a;b}}c};Tables=t"), "ODBC:DSN=d;Uid=u;Pwd=***;Tables=t");
    EXPECT_EQ(redact_secrets("ODBC:user/secret@dsn,schema.t"), "ODBC:user/***@dsn,schema.t");
    EXPECT_EQ(redact_secrets("OCI:scott/tiger@orcl:roads"), "OCI:scott/***@orcl:roads");
}

TEST(Redact, SecretsInsideAMessage) {
    EXPECT_EQ(redact_secrets("`PG:dbname=x password=s3cr3t' not recognized as a supported file format."),
              "`PG:dbname=x password=*** not recognized as a supported file format.");
    EXPECT_EQ(redact_secrets("cannot open 'postgresql://u:p@h/db' nor 'PG:password=q dbname=y'"),
              "cannot open 'postgresql://u:***@h/db' nor 'PG:password=*** dbname=y'");
}

TEST(Redact, RedactingTwiceChangesNothingMore) {
    for (const std::string text : {"PG:dbname=x password=s3cr3t", "postgres://u:s3cr3t@h/db", "ODBC:u/s3cr3t@dsn"}) {
        const std::string once = redact_secrets(text);
        EXPECT_EQ(once.find("s3cr3t"), std::string::npos) << once;
        EXPECT_EQ(redact_secrets(once), once);
    }
    // A redacted name quoted in a message keeps the message's punctuation.
    for (const std::string text : {"PG:dbname=x password=***: cannot connect", "(PG:dbname=x password=***) failed",
                                   "'PG:dbname=x password=***'.", "(PG:dbname=x password=***); write",
                                   "PG:dbname=x password=***"})
        EXPECT_EQ(redact_secrets(text), text);
}

}  // namespace
}  // namespace coverplan::gis
