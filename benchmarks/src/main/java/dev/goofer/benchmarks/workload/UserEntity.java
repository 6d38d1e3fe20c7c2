package dev.goofer.benchmarks.workload;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's user: posts load lazily, a hundred owners at a time.
 */
@Entity
@Table(name = "bench_user")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Integer id;

    private String email = "";

    private String name = "";

    private int age;

    private boolean active;

    private double score;

    @OneToMany(mappedBy = "author", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    @BatchSize(size = 100)
    private List<PostEntity> posts = new ArrayList<>();

    protected UserEntity() {
    }

    UserEntity(String email, String name, int age, boolean active, double score) {
        this.email = email;
        this.name = name;
        this.age = age;
        this.active = active;
        this.score = score;
    }

    /**
     * Return the id.
     * @return the id, once persisted
     */
    public @Nullable Integer getId() {
        return this.id;
    }

    /**
     * Return the email.
     * @return the email
     */
    public String getEmail() {
        return this.email;
    }

    /**
     * Return the name.
     * @return the name
     */
    public String getName() {
        return this.name;
    }

    /**
     * Return the age.
     * @return the age
     */
    public int getAge() {
        return this.age;
    }

    /**
     * Return whether the user is active.
     * @return whether active
     */
    public boolean isActive() {
        return this.active;
    }

    /**
     * Return the score.
     * @return the score
     */
    public double getScore() {
        return this.score;
    }

    /**
     * Return the posts, by id.
     * @return the posts
     */
    public List<PostEntity> getPosts() {
        return this.posts;
    }

}
