package dev.goofer.samples.blog;

import java.util.List;

import dev.goofer.samples.blog.Views.NewUser;
import dev.goofer.samples.blog.Views.UserChange;
import dev.goofer.samples.blog.Views.UserView;
import dev.goofer.samples.blog.db.GooferClient;
import dev.goofer.samples.blog.db.PostFields;
import dev.goofer.samples.blog.db.User;
import dev.goofer.samples.blog.db.UserCreate;
import dev.goofer.samples.blog.db.UserFields;
import dev.goofer.samples.blog.db.UserUpdate;
import dev.goofer.samples.blog.db.UserWhereUnique;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/users}: create, list, read (with the user's posts included), update and
 * delete users.
 */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final GooferClient db;

    UserController(GooferClient db) {
        this.db = db;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUser user) {
        return UserView
            .of(this.db.user().create(UserCreate.builder().email(user.email()).name(user.name()).build()).execute());
    }

    @GetMapping
    List<UserView> list(@RequestParam(defaultValue = "false") boolean withPosts) {
        if (withPosts) {
            return this.db.user()
                .findMany()
                .include(UserFields.POSTS.orderBy(PostFields.ID.asc()).include(PostFields.TAGS))
                .orderBy(UserFields.ID.asc())
                .fetch()
                .stream()
                .map(UserView::withPosts)
                .toList();
        }
        return this.db.user().findMany().orderBy(UserFields.ID.asc()).fetch().stream().map(UserView::of).toList();
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable int id) {
        User user = this.db.user()
            .findUniqueOrThrow(UserWhereUnique.id(id))
            .include(UserFields.POSTS.orderBy(PostFields.ID.asc()).include(PostFields.TAGS))
            .fetch();
        return UserView.withPosts(user);
    }

    @PatchMapping("/{id}")
    UserView update(@PathVariable int id, @RequestBody UserChange change) {
        UserUpdate.Builder update = UserUpdate.builder();
        if (change.email() != null) {
            update.email(change.email());
        }
        if (change.name() != null) {
            update.name(change.name());
        }
        return UserView.of(this.db.user().update(UserWhereUnique.id(id), update.build()).execute());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable int id) {
        this.db.user().delete(UserWhereUnique.id(id)).execute();
    }

}
