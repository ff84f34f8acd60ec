namespace KnowledgePay.Recommender.Ratings;

/// <summary>The learned parameters of a <see cref="BiasedMatrixFactorization"/>: biases and row-major factor matrices.</summary>
public sealed record RatingFactors(int Factors, RatingRange Range, float[] UserBias, float[] ItemBias, float[] UserFactors, float[] ItemFactors);
