package dev.goofer.samples.blog;

import java.util.List;

import dev.goofer.samples.blog.Views.TagView;
import dev.goofer.samples.blog.db.GooferClient;
import dev.goofer.samples.blog.db.TagFields;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tags}: the tags, a read served from the query cache (model {@code Tag} is
 * listed in {@code goofer.cache.models}) until a write through Goofer changes a tag.
 */
@RestController
@RequestMapping("/api/tags")
class TagController {

    private final GooferClient db;

    TagController(GooferClient db) {
        this.db = db;
    }

    @GetMapping
    List<TagView> list() {
        return this.db.tag().findMany().orderBy(TagFields.NAME.asc()).fetch().stream().map(TagView::of).toList();
    }

}
