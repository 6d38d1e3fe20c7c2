package dev.goofer.samples.blog;

import dev.goofer.samples.blog.Views.PostView;
import dev.goofer.samples.blog.Views.Signup;
import dev.goofer.samples.blog.Views.UserView;
import dev.goofer.samples.blog.db.GooferClient;
import dev.goofer.samples.blog.db.PostCreate;
import dev.goofer.samples.blog.db.User;
import dev.goofer.samples.blog.db.UserCreate;
import dev.goofer.samples.blog.db.UserWhereUnique;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/signup}: creates a user and their first post in one transaction; when
 * the post is refused, the user is not created either.
 */
@RestController
class SignupController {

    private final GooferClient db;

    SignupController(GooferClient db) {
        this.db = db;
    }

    @PostMapping("/api/signup")
    @ResponseStatus(HttpStatus.CREATED)
    UserView signup(@RequestBody Signup signup) {
        return this.db.transaction((tx) -> {
            User user = tx.user()
                .create(UserCreate.builder().email(signup.email()).name(signup.name()).build())
                .execute();
            if (signup.firstPostTitle() == null || signup.firstPostTitle().isBlank()) {
                throw new IllegalArgumentException("The first post needs a title");
            }
            tx.post()
                .create(PostCreate.builder()
                    .title(signup.firstPostTitle())
                    .author((author) -> author.connect(UserWhereUnique.id(user.id())))
                    .build())
                .execute();
            return new UserView(user.id(), user.email(), user.name(), user.createdAt(), java.util.List.<PostView>of());
        });
    }

}
