package org.consortia.finance;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.consortia.project.Project;

/** A cost category a project's budget uses ({@code A.1} Employees…), in the order the project lists them. */
@Entity
public class CostCategory extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CategoryKind kind;

    @Column(nullable = false)
    public int position;

    /** The kind of each of {@code categories}, by code. */
    public static Map<String, CategoryKind> kinds(List<CostCategory> categories) {
        Map<String, CategoryKind> kinds = new HashMap<>();
        categories.forEach(c -> kinds.put(c.code, c.kind));
        return kinds;
    }
}
