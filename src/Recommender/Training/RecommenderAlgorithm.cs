namespace KnowledgePay.Recommender.Training;

/// <summary>The trainers behind the same served form (one dot product per course).</summary>
public enum RecommenderAlgorithm
{
    /// <summary>ML.NET's field-aware factorisation machine, logistic loss (<see cref="FactorizationMachineRecommenderTrainer"/>).</summary>
    FieldAwareFactorizationMachine,

    /// <summary>Hybrid embeddings with the WARP ranking loss (<see cref="WarpRecommenderTrainer"/>).</summary>
    Warp,

    /// <summary>WARP and implicit ALS concatenated into one vector per course (<see cref="WarpImplicitAlsRecommenderTrainer"/>).</summary>
    WarpWithImplicitAls,

    /// <summary>WARP ⊕ iALS and a low-rank EASE^R part in one vector per course (<see cref="WarpImplicitAlsEaseRecommenderTrainer"/>).</summary>
    WarpImplicitAlsEase,
}
