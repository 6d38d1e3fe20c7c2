package dev.goofer.benchmarks.workload;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's post.
 */
@Entity
@Table(name = "bench_post")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class PostEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Integer id;

    private String title = "";

    private @Nullable String content;

    private boolean published;

    private int views;

    private double rating;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private @Nullable UserEntity author;

    @Column(name = "author_id", insertable = false, updatable = false)
    private int authorId;

    protected PostEntity() {
    }

    PostEntity(String title, @Nullable String content, boolean published, int views, double rating, UserEntity author) {
        this.title = title;
        this.content = content;
        this.published = published;
        this.views = views;
        this.rating = rating;
        this.author = author;
    }

    /**
     * Return the id.
     * @return the id, once persisted
     */
    public @Nullable Integer getId() {
        return this.id;
    }

    /**
     * Return the title.
     * @return the title
     */
    public String getTitle() {
        return this.title;
    }

    /**
     * Return the content.
     * @return the content
     */
    public @Nullable String getContent() {
        return this.content;
    }

    /**
     * Return whether the post is published.
     * @return whether published
     */
    public boolean isPublished() {
        return this.published;
    }

    /**
     * Return the views.
     * @return the views
     */
    public int getViews() {
        return this.views;
    }

    /**
     * Return the rating.
     * @return the rating
     */
    public double getRating() {
        return this.rating;
    }

    /**
     * Return the author's id.
     * @return the author's id
     */
    public int getAuthorId() {
        return this.authorId;
    }

}
