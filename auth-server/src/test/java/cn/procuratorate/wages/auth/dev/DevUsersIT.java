package cn.procuratorate.wages.auth.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.auth.support.IssuerIT;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The dev profile's users, as stored. */
class DevUsersIT extends IssuerIT {

    @Autowired
    DevUserSeeder seeder;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void passwordsAreStoredOnlyAsHashes() {
        List<Document> users = mongo.findAll(Document.class, "users");

        assertThat(users).extracting(user -> user.getString("username"))
                .contains("procurator1", "clerk1", "supervisor1", "clerk2");
        for (Document user : users) {
            assertThat(user.toJson()).doesNotContain(DevAccounts.PASSWORD);
            assertThat(user.getString("passwordHash")).startsWith("{bcrypt}");
            assertThat(passwordEncoder.matches(DevAccounts.PASSWORD, user.getString("passwordHash"))).isTrue();
        }
    }

    @Test
    void seedingAgainAddsNoOne() {
        assertThat(seeder.seed()).isZero();
        assertThat(seeder.seed()).isZero();

        for (DevAccounts.Account account : DevAccounts.ALL) {
            assertThat(mongo.count(Query.query(Criteria.where("username").is(account.username())), "users"))
                    .as(account.username()).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseRefusesASecondUserOfTheSameName() {
        Document copy = new Document(mongo.findOne(Query.query(Criteria.where("username").is("clerk1")),
                Document.class, "users"));
        copy.remove("_id");

        assertThatThrownBy(() -> mongo.insert(copy, "users")).isInstanceOf(DuplicateKeyException.class);
    }
}
