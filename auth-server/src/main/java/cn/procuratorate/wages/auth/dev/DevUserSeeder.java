package cn.procuratorate.wages.auth.dev;

import cn.procuratorate.wages.auth.users.StaffUser;
import cn.procuratorate.wages.auth.users.StaffUserStore;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Dev profile only: the {@link DevAccounts} users, added once (a restart or a second instance adds nothing). */
@Component
@Profile("dev")
public class DevUserSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DevUserSeeder.class);

    private final StaffUserStore users;
    private final PasswordEncoder passwordEncoder;

    DevUserSeeder(StaffUserStore users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = seed();
        log.info("Dev users: {} added, {} already there", added, DevAccounts.ALL.size() - added);
    }

    /** Returns how many users were added. */
    public int seed() {
        // The unique index first, so two instances seeding at once cannot both add a user.
        users.createIndexes();
        int added = 0;
        for (DevAccounts.Account account : DevAccounts.ALL) {
            if (users.find(account.username()).isEmpty() && users.insertIfAbsent(StaffUser.create(account.username(),
                    passwordEncoder.encode(DevAccounts.PASSWORD), Set.of(account.role()), account.unit()))) {
                added++;
            }
        }
        return added;
    }
}
