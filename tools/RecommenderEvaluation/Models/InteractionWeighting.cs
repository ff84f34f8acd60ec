namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>How item-kNN weights the entries of the user–item matrix before computing similarities and scores.</summary>
public enum InteractionWeighting
{
    /// <summary>Every interaction counts 1.</summary>
    None,

    /// <summary>√tf · idf with items as documents and users as terms: a user with many items weighs less.</summary>
    TfIdf,

    /// <summary>Okapi BM25 (k1 = 1.2, b = 0.75) with items as documents and users as terms.</summary>
    Bm25,
}
