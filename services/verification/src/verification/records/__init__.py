"""Partner records (数据交换): income, assets, expenditure and life events pushed by data partners."""
