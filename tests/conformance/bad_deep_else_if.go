// An if with 10,000 else-if arms: Go builds it, each arm in the scope of the one before
// (the file is generated).
package main

import "fmt"

func main() {
	x, y := 9999, 0
	if x == 0 {
		y = 0
	} else if x == 1 {
		y = 1
	} else if x == 2 {
		y = 2
	} else if x == 3 {
		y = 3
	} else if x == 4 {
		y = 4
	} else if x == 5 {
		y = 5
	} else if x == 6 {
		y = 6
	} else if x == 7 {
		y = 7
	} else if x == 8 {
		y = 8
	} else if x == 9 {
		y = 9
	} else if x == 10 {
		y = 10
	} else if x == 11 {
		y = 11
	} else if x == 12 {
		y = 12
	} else if x == 13 {
		y = 13
	} else if x == 14 {
		y = 14
	} else if x == 15 {
		y = 15
	} else if x == 16 {
		y = 16
	} else if x == 17 {
		y = 17
	} else if x == 18 {
		y = 18
	} else if x == 19 {
		y = 19
	} else if x == 20 {
		y = 20
	} else if x == 21 {
		y = 21
	} else if x == 22 {
		y = 22
	} else if x == 23 {
		y = 23
	} else if x == 24 {
		y = 24
	} else if x == 25 {
		y = 25
	} else if x == 26 {
		y = 26
	} else if x == 27 {
		y = 27
	} else if x == 28 {
		y = 28
	} else if x == 29 {
		y = 29
	} else if x == 30 {
		y = 30
	} else if x == 31 {
		y = 31
	} else if x == 32 {
		y = 32
	} else if x == 33 {
		y = 33
	} else if x == 34 {
		y = 34
	} else if x == 35 {
		y = 35
	} else if x == 36 {
		y = 36
	} else if x == 37 {
		y = 37
	} else if x == 38 {
		y = 38
	} else if x == 39 {
		y = 39
	} else if x == 40 {
		y = 40
	} else if x == 41 {
		y = 41
	} else if x == 42 {
		y = 42
	} else if x == 43 {
		y = 43
	} else if x == 44 {
		y = 44
	} else if x == 45 {
		y = 45
	} else if x == 46 {
		y = 46
	} else if x == 47 {
		y = 47
	} else if x == 48 {
		y = 48
	} else if x == 49 {
		y = 49
	} else if x == 50 {
		y = 50
	} else if x == 51 {
		y = 51
	} else if x == 52 {
		y = 52
	} else if x == 53 {
		y = 53
	} else if x == 54 {
		y = 54
	} else if x == 55 {
		y = 55
	} else if x == 56 {
		y = 56
	} else if x == 57 {
		y = 57
	} else if x == 58 {
		y = 58
	} else if x == 59 {
		y = 59
	} else if x == 60 {
		y = 60
	} else if x == 61 {
		y = 61
	} else if x == 62 {
		y = 62
	} else if x == 63 {
		y = 63
	} else if x == 64 {
		y = 64
	} else if x == 65 {
		y = 65
	} else if x == 66 {
		y = 66
	} else if x == 67 {
		y = 67
	} else if x == 68 {
		y = 68
	} else if x == 69 {
		y = 69
	} else if x == 70 {
		y = 70
	} else if x == 71 {
		y = 71
	} else if x == 72 {
		y = 72
	} else if x == 73 {
		y = 73
	} else if x == 74 {
		y = 74
	} else if x == 75 {
		y = 75
	} else if x == 76 {
		y = 76
	} else if x == 77 {
		y = 77
	} else if x == 78 {
		y = 78
	} else if x == 79 {
		y = 79
	} else if x == 80 {
		y = 80
	} else if x == 81 {
		y = 81
	} else if x == 82 {
		y = 82
	} else if x == 83 {
		y = 83
	} else if x == 84 {
		y = 84
	} else if x == 85 {
		y = 85
	} else if x == 86 {
		y = 86
	} else if x == 87 {
		y = 87
	} else if x == 88 {
		y = 88
	} else if x == 89 {
		y = 89
	} else if x == 90 {
		y = 90
	} else if x == 91 {
		y = 91
	} else if x == 92 {
		y = 92
	} else if x == 93 {
		y = 93
	} else if x == 94 {
		y = 94
	} else if x == 95 {
		y = 95
	} else if x == 96 {
		y = 96
	} else if x == 97 {
		y = 97
	} else if x == 98 {
		y = 98
	} else if x == 99 {
		y = 99
	} else if x == 100 {
		y = 100
	} else if x == 101 {
		y = 101
	} else if x == 102 {
		y = 102
	} else if x == 103 {
		y = 103
	} else if x == 104 {
		y = 104
	} else if x == 105 {
		y = 105
	} else if x == 106 {
		y = 106
	} else if x == 107 {
		y = 107
	} else if x == 108 {
		y = 108
	} else if x == 109 {
		y = 109
	} else if x == 110 {
		y = 110
	} else if x == 111 {
		y = 111
	} else if x == 112 {
		y = 112
	} else if x == 113 {
		y = 113
	} else if x == 114 {
		y = 114
	} else if x == 115 {
		y = 115
	} else if x == 116 {
		y = 116
	} else if x == 117 {
		y = 117
	} else if x == 118 {
		y = 118
	} else if x == 119 {
		y = 119
	} else if x == 120 {
		y = 120
	} else if x == 121 {
		y = 121
	} else if x == 122 {
		y = 122
	} else if x == 123 {
		y = 123
	} else if x == 124 {
		y = 124
	} else if x == 125 {
		y = 125
	} else if x == 126 {
		y = 126
	} else if x == 127 {
		y = 127
	} else if x == 128 {
		y = 128
	} else if x == 129 {
		y = 129
	} else if x == 130 {
		y = 130
	} else if x == 131 {
		y = 131
	} else if x == 132 {
		y = 132
	} else if x == 133 {
		y = 133
	} else if x == 134 {
		y = 134
	} else if x == 135 {
		y = 135
	} else if x == 136 {
		y = 136
	} else if x == 137 {
		y = 137
	} else if x == 138 {
		y = 138
	} else if x == 139 {
		y = 139
	} else if x == 140 {
		y = 140
	} else if x == 141 {
		y = 141
	} else if x == 142 {
		y = 142
	} else if x == 143 {
		y = 143
	} else if x == 144 {
		y = 144
	} else if x == 145 {
		y = 145
	} else if x == 146 {
		y = 146
	} else if x == 147 {
		y = 147
	} else if x == 148 {
		y = 148
	} else if x == 149 {
		y = 149
	} else if x == 150 {
		y = 150
	} else if x == 151 {
		y = 151
	} else if x == 152 {
		y = 152
	} else if x == 153 {
		y = 153
	} else if x == 154 {
		y = 154
	} else if x == 155 {
		y = 155
	} else if x == 156 {
		y = 156
	} else if x == 157 {
		y = 157
	} else if x == 158 {
		y = 158
	} else if x == 159 {
		y = 159
	} else if x == 160 {
		y = 160
	} else if x == 161 {
		y = 161
	} else if x == 162 {
		y = 162
	} else if x == 163 {
		y = 163
	} else if x == 164 {
		y = 164
	} else if x == 165 {
		y = 165
	} else if x == 166 {
		y = 166
	} else if x == 167 {
		y = 167
	} else if x == 168 {
		y = 168
	} else if x == 169 {
		y = 169
	} else if x == 170 {
		y = 170
	} else if x == 171 {
		y = 171
	} else if x == 172 {
		y = 172
	} else if x == 173 {
		y = 173
	} else if x == 174 {
		y = 174
	} else if x == 175 {
		y = 175
	} else if x == 176 {
		y = 176
	} else if x == 177 {
		y = 177
	} else if x == 178 {
		y = 178
	} else if x == 179 {
		y = 179
	} else if x == 180 {
		y = 180
	} else if x == 181 {
		y = 181
	} else if x == 182 {
		y = 182
	} else if x == 183 {
		y = 183
	} else if x == 184 {
		y = 184
	} else if x == 185 {
		y = 185
	} else if x == 186 {
		y = 186
	} else if x == 187 {
		y = 187
	} else if x == 188 {
		y = 188
	} else if x == 189 {
		y = 189
	} else if x == 190 {
		y = 190
	} else if x == 191 {
		y = 191
	} else if x == 192 {
		y = 192
	} else if x == 193 {
		y = 193
	} else if x == 194 {
		y = 194
	} else if x == 195 {
		y = 195
	} else if x == 196 {
		y = 196
	} else if x == 197 {
		y = 197
	} else if x == 198 {
		y = 198
	} else if x == 199 {
		y = 199
	} else if x == 200 {
		y = 200
	} else if x == 201 {
		y = 201
	} else if x == 202 {
		y = 202
	} else if x == 203 {
		y = 203
	} else if x == 204 {
		y = 204
	} else if x == 205 {
		y = 205
	} else if x == 206 {
		y = 206
	} else if x == 207 {
		y = 207
	} else if x == 208 {
		y = 208
	} else if x == 209 {
		y = 209
	} else if x == 210 {
		y = 210
	} else if x == 211 {
		y = 211
	} else if x == 212 {
		y = 212
	} else if x == 213 {
		y = 213
	} else if x == 214 {
		y = 214
	} else if x == 215 {
		y = 215
	} else if x == 216 {
		y = 216
	} else if x == 217 {
		y = 217
	} else if x == 218 {
		y = 218
	} else if x == 219 {
		y = 219
	} else if x == 220 {
		y = 220
	} else if x == 221 {
		y = 221
	} else if x == 222 {
		y = 222
	} else if x == 223 {
		y = 223
	} else if x == 224 {
		y = 224
	} else if x == 225 {
		y = 225
	} else if x == 226 {
		y = 226
	} else if x == 227 {
		y = 227
	} else if x == 228 {
		y = 228
	} else if x == 229 {
		y = 229
	} else if x == 230 {
		y = 230
	} else if x == 231 {
		y = 231
	} else if x == 232 {
		y = 232
	} else if x == 233 {
		y = 233
	} else if x == 234 {
		y = 234
	} else if x == 235 {
		y = 235
	} else if x == 236 {
		y = 236
	} else if x == 237 {
		y = 237
	} else if x == 238 {
		y = 238
	} else if x == 239 {
		y = 239
	} else if x == 240 {
		y = 240
	} else if x == 241 {
		y = 241
	} else if x == 242 {
		y = 242
	} else if x == 243 {
		y = 243
	} else if x == 244 {
		y = 244
	} else if x == 245 {
		y = 245
	} else if x == 246 {
		y = 246
	} else if x == 247 {
		y = 247
	} else if x == 248 {
		y = 248
	} else if x == 249 {
		y = 249
	} else if x == 250 {
		y = 250
	} else if x == 251 {
		y = 251
	} else if x == 252 {
		y = 252
	} else if x == 253 {
		y = 253
	} else if x == 254 {
		y = 254
	} else if x == 255 {
		y = 255
	} else if x == 256 {
		y = 256
	} else if x == 257 {
		y = 257
	} else if x == 258 {
		y = 258
	} else if x == 259 {
		y = 259
	} else if x == 260 {
		y = 260
	} else if x == 261 {
		y = 261
	} else if x == 262 {
		y = 262
	} else if x == 263 {
		y = 263
	} else if x == 264 {
		y = 264
	} else if x == 265 {
		y = 265
	} else if x == 266 {
		y = 266
	} else if x == 267 {
		y = 267
	} else if x == 268 {
		y = 268
	} else if x == 269 {
		y = 269
	} else if x == 270 {
		y = 270
	} else if x == 271 {
		y = 271
	} else if x == 272 {
		y = 272
	} else if x == 273 {
		y = 273
	} else if x == 274 {
		y = 274
	} else if x == 275 {
		y = 275
	} else if x == 276 {
		y = 276
	} else if x == 277 {
		y = 277
	} else if x == 278 {
		y = 278
	} else if x == 279 {
		y = 279
	} else if x == 280 {
		y = 280
	} else if x == 281 {
		y = 281
	} else if x == 282 {
		y = 282
	} else if x == 283 {
		y = 283
	} else if x == 284 {
		y = 284
	} else if x == 285 {
		y = 285
	} else if x == 286 {
		y = 286
	} else if x == 287 {
		y = 287
	} else if x == 288 {
		y = 288
	} else if x == 289 {
		y = 289
	} else if x == 290 {
		y = 290
	} else if x == 291 {
		y = 291
	} else if x == 292 {
		y = 292
	} else if x == 293 {
		y = 293
	} else if x == 294 {
		y = 294
	} else if x == 295 {
		y = 295
	} else if x == 296 {
		y = 296
	} else if x == 297 {
		y = 297
	} else if x == 298 {
		y = 298
	} else if x == 299 {
		y = 299
	} else if x == 300 {
		y = 300
	} else if x == 301 {
		y = 301
	} else if x == 302 {
		y = 302
	} else if x == 303 {
		y = 303
	} else if x == 304 {
		y = 304
	} else if x == 305 {
		y = 305
	} else if x == 306 {
		y = 306
	} else if x == 307 {
		y = 307
	} else if x == 308 {
		y = 308
	} else if x == 309 {
		y = 309
	} else if x == 310 {
		y = 310
	} else if x == 311 {
		y = 311
	} else if x == 312 {
		y = 312
	} else if x == 313 {
		y = 313
	} else if x == 314 {
		y = 314
	} else if x == 315 {
		y = 315
	} else if x == 316 {
		y = 316
	} else if x == 317 {
		y = 317
	} else if x == 318 {
		y = 318
	} else if x == 319 {
		y = 319
	} else if x == 320 {
		y = 320
	} else if x == 321 {
		y = 321
	} else if x == 322 {
		y = 322
	} else if x == 323 {
		y = 323
	} else if x == 324 {
		y = 324
	} else if x == 325 {
		y = 325
	} else if x == 326 {
		y = 326
	} else if x == 327 {
		y = 327
	} else if x == 328 {
		y = 328
	} else if x == 329 {
		y = 329
	} else if x == 330 {
		y = 330
	} else if x == 331 {
		y = 331
	} else if x == 332 {
		y = 332
	} else if x == 333 {
		y = 333
	} else if x == 334 {
		y = 334
	} else if x == 335 {
		y = 335
	} else if x == 336 {
		y = 336
	} else if x == 337 {
		y = 337
	} else if x == 338 {
		y = 338
	} else if x == 339 {
		y = 339
	} else if x == 340 {
		y = 340
	} else if x == 341 {
		y = 341
	} else if x == 342 {
		y = 342
	} else if x == 343 {
		y = 343
	} else if x == 344 {
		y = 344
	} else if x == 345 {
		y = 345
	} else if x == 346 {
		y = 346
	} else if x == 347 {
		y = 347
	} else if x == 348 {
		y = 348
	} else if x == 349 {
		y = 349
	} else if x == 350 {
		y = 350
	} else if x == 351 {
		y = 351
	} else if x == 352 {
		y = 352
	} else if x == 353 {
		y = 353
	} else if x == 354 {
		y = 354
	} else if x == 355 {
		y = 355
	} else if x == 356 {
		y = 356
	} else if x == 357 {
		y = 357
	} else if x == 358 {
		y = 358
	} else if x == 359 {
		y = 359
	} else if x == 360 {
		y = 360
	} else if x == 361 {
		y = 361
	} else if x == 362 {
		y = 362
	} else if x == 363 {
		y = 363
	} else if x == 364 {
		y = 364
	} else if x == 365 {
		y = 365
	} else if x == 366 {
		y = 366
	} else if x == 367 {
		y = 367
	} else if x == 368 {
		y = 368
	} else if x == 369 {
		y = 369
	} else if x == 370 {
		y = 370
	} else if x == 371 {
		y = 371
	} else if x == 372 {
		y = 372
	} else if x == 373 {
		y = 373
	} else if x == 374 {
		y = 374
	} else if x == 375 {
		y = 375
	} else if x == 376 {
		y = 376
	} else if x == 377 {
		y = 377
	} else if x == 378 {
		y = 378
	} else if x == 379 {
		y = 379
	} else if x == 380 {
		y = 380
	} else if x == 381 {
		y = 381
	} else if x == 382 {
		y = 382
	} else if x == 383 {
		y = 383
	} else if x == 384 {
		y = 384
	} else if x == 385 {
		y = 385
	} else if x == 386 {
		y = 386
	} else if x == 387 {
		y = 387
	} else if x == 388 {
		y = 388
	} else if x == 389 {
		y = 389
	} else if x == 390 {
		y = 390
	} else if x == 391 {
		y = 391
	} else if x == 392 {
		y = 392
	} else if x == 393 {
		y = 393
	} else if x == 394 {
		y = 394
	} else if x == 395 {
		y = 395
	} else if x == 396 {
		y = 396
	} else if x == 397 {
		y = 397
	} else if x == 398 {
		y = 398
	} else if x == 399 {
		y = 399
	} else if x == 400 {
		y = 400
	} else if x == 401 {
		y = 401
	} else if x == 402 {
		y = 402
	} else if x == 403 {
		y = 403
	} else if x == 404 {
		y = 404
	} else if x == 405 {
		y = 405
	} else if x == 406 {
		y = 406
	} else if x == 407 {
		y = 407
	} else if x == 408 {
		y = 408
	} else if x == 409 {
		y = 409
	} else if x == 410 {
		y = 410
	} else if x == 411 {
		y = 411
	} else if x == 412 {
		y = 412
	} else if x == 413 {
		y = 413
	} else if x == 414 {
		y = 414
	} else if x == 415 {
		y = 415
	} else if x == 416 {
		y = 416
	} else if x == 417 {
		y = 417
	} else if x == 418 {
		y = 418
	} else if x == 419 {
		y = 419
	} else if x == 420 {
		y = 420
	} else if x == 421 {
		y = 421
	} else if x == 422 {
		y = 422
	} else if x == 423 {
		y = 423
	} else if x == 424 {
		y = 424
	} else if x == 425 {
		y = 425
	} else if x == 426 {
		y = 426
	} else if x == 427 {
		y = 427
	} else if x == 428 {
		y = 428
	} else if x == 429 {
		y = 429
	} else if x == 430 {
		y = 430
	} else if x == 431 {
		y = 431
	} else if x == 432 {
		y = 432
	} else if x == 433 {
		y = 433
	} else if x == 434 {
		y = 434
	} else if x == 435 {
		y = 435
	} else if x == 436 {
		y = 436
	} else if x == 437 {
		y = 437
	} else if x == 438 {
		y = 438
	} else if x == 439 {
		y = 439
	} else if x == 440 {
		y = 440
	} else if x == 441 {
		y = 441
	} else if x == 442 {
		y = 442
	} else if x == 443 {
		y = 443
	} else if x == 444 {
		y = 444
	} else if x == 445 {
		y = 445
	} else if x == 446 {
		y = 446
	} else if x == 447 {
		y = 447
	} else if x == 448 {
		y = 448
	} else if x == 449 {
		y = 449
	} else if x == 450 {
		y = 450
	} else if x == 451 {
		y = 451
	} else if x == 452 {
		y = 452
	} else if x == 453 {
		y = 453
	} else if x == 454 {
		y = 454
	} else if x == 455 {
		y = 455
	} else if x == 456 {
		y = 456
	} else if x == 457 {
		y = 457
	} else if x == 458 {
		y = 458
	} else if x == 459 {
		y = 459
	} else if x == 460 {
		y = 460
	} else if x == 461 {
		y = 461
	} else if x == 462 {
		y = 462
	} else if x == 463 {
		y = 463
	} else if x == 464 {
		y = 464
	} else if x == 465 {
		y = 465
	} else if x == 466 {
		y = 466
	} else if x == 467 {
		y = 467
	} else if x == 468 {
		y = 468
	} else if x == 469 {
		y = 469
	} else if x == 470 {
		y = 470
	} else if x == 471 {
		y = 471
	} else if x == 472 {
		y = 472
	} else if x == 473 {
		y = 473
	} else if x == 474 {
		y = 474
	} else if x == 475 {
		y = 475
	} else if x == 476 {
		y = 476
	} else if x == 477 {
		y = 477
	} else if x == 478 {
		y = 478
	} else if x == 479 {
		y = 479
	} else if x == 480 {
		y = 480
	} else if x == 481 {
		y = 481
	} else if x == 482 {
		y = 482
	} else if x == 483 {
		y = 483
	} else if x == 484 {
		y = 484
	} else if x == 485 {
		y = 485
	} else if x == 486 {
		y = 486
	} else if x == 487 {
		y = 487
	} else if x == 488 {
		y = 488
	} else if x == 489 {
		y = 489
	} else if x == 490 {
		y = 490
	} else if x == 491 {
		y = 491
	} else if x == 492 {
		y = 492
	} else if x == 493 {
		y = 493
	} else if x == 494 {
		y = 494
	} else if x == 495 {
		y = 495
	} else if x == 496 {
		y = 496
	} else if x == 497 {
		y = 497
	} else if x == 498 {
		y = 498
	} else if x == 499 {
		y = 499
	} else if x == 500 {
		y = 500
	} else if x == 501 {
		y = 501
	} else if x == 502 {
		y = 502
	} else if x == 503 {
		y = 503
	} else if x == 504 {
		y = 504
	} else if x == 505 {
		y = 505
	} else if x == 506 {
		y = 506
	} else if x == 507 {
		y = 507
	} else if x == 508 {
		y = 508
	} else if x == 509 {
		y = 509
	} else if x == 510 {
		y = 510
	} else if x == 511 {
		y = 511
	} else if x == 512 {
		y = 512
	} else if x == 513 {
		y = 513
	} else if x == 514 {
		y = 514
	} else if x == 515 {
		y = 515
	} else if x == 516 {
		y = 516
	} else if x == 517 {
		y = 517
	} else if x == 518 {
		y = 518
	} else if x == 519 {
		y = 519
	} else if x == 520 {
		y = 520
	} else if x == 521 {
		y = 521
	} else if x == 522 {
		y = 522
	} else if x == 523 {
		y = 523
	} else if x == 524 {
		y = 524
	} else if x == 525 {
		y = 525
	} else if x == 526 {
		y = 526
	} else if x == 527 {
		y = 527
	} else if x == 528 {
		y = 528
	} else if x == 529 {
		y = 529
	} else if x == 530 {
		y = 530
	} else if x == 531 {
		y = 531
	} else if x == 532 {
		y = 532
	} else if x == 533 {
		y = 533
	} else if x == 534 {
		y = 534
	} else if x == 535 {
		y = 535
	} else if x == 536 {
		y = 536
	} else if x == 537 {
		y = 537
	} else if x == 538 {
		y = 538
	} else if x == 539 {
		y = 539
	} else if x == 540 {
		y = 540
	} else if x == 541 {
		y = 541
	} else if x == 542 {
		y = 542
	} else if x == 543 {
		y = 543
	} else if x == 544 {
		y = 544
	} else if x == 545 {
		y = 545
	} else if x == 546 {
		y = 546
	} else if x == 547 {
		y = 547
	} else if x == 548 {
		y = 548
	} else if x == 549 {
		y = 549
	} else if x == 550 {
		y = 550
	} else if x == 551 {
		y = 551
	} else if x == 552 {
		y = 552
	} else if x == 553 {
		y = 553
	} else if x == 554 {
		y = 554
	} else if x == 555 {
		y = 555
	} else if x == 556 {
		y = 556
	} else if x == 557 {
		y = 557
	} else if x == 558 {
		y = 558
	} else if x == 559 {
		y = 559
	} else if x == 560 {
		y = 560
	} else if x == 561 {
		y = 561
	} else if x == 562 {
		y = 562
	} else if x == 563 {
		y = 563
	} else if x == 564 {
		y = 564
	} else if x == 565 {
		y = 565
	} else if x == 566 {
		y = 566
	} else if x == 567 {
		y = 567
	} else if x == 568 {
		y = 568
	} else if x == 569 {
		y = 569
	} else if x == 570 {
		y = 570
	} else if x == 571 {
		y = 571
	} else if x == 572 {
		y = 572
	} else if x == 573 {
		y = 573
	} else if x == 574 {
		y = 574
	} else if x == 575 {
		y = 575
	} else if x == 576 {
		y = 576
	} else if x == 577 {
		y = 577
	} else if x == 578 {
		y = 578
	} else if x == 579 {
		y = 579
	} else if x == 580 {
		y = 580
	} else if x == 581 {
		y = 581
	} else if x == 582 {
		y = 582
	} else if x == 583 {
		y = 583
	} else if x == 584 {
		y = 584
	} else if x == 585 {
		y = 585
	} else if x == 586 {
		y = 586
	} else if x == 587 {
		y = 587
	} else if x == 588 {
		y = 588
	} else if x == 589 {
		y = 589
	} else if x == 590 {
		y = 590
	} else if x == 591 {
		y = 591
	} else if x == 592 {
		y = 592
	} else if x == 593 {
		y = 593
	} else if x == 594 {
		y = 594
	} else if x == 595 {
		y = 595
	} else if x == 596 {
		y = 596
	} else if x == 597 {
		y = 597
	} else if x == 598 {
		y = 598
	} else if x == 599 {
		y = 599
	} else if x == 600 {
		y = 600
	} else if x == 601 {
		y = 601
	} else if x == 602 {
		y = 602
	} else if x == 603 {
		y = 603
	} else if x == 604 {
		y = 604
	} else if x == 605 {
		y = 605
	} else if x == 606 {
		y = 606
	} else if x == 607 {
		y = 607
	} else if x == 608 {
		y = 608
	} else if x == 609 {
		y = 609
	} else if x == 610 {
		y = 610
	} else if x == 611 {
		y = 611
	} else if x == 612 {
		y = 612
	} else if x == 613 {
		y = 613
	} else if x == 614 {
		y = 614
	} else if x == 615 {
		y = 615
	} else if x == 616 {
		y = 616
	} else if x == 617 {
		y = 617
	} else if x == 618 {
		y = 618
	} else if x == 619 {
		y = 619
	} else if x == 620 {
		y = 620
	} else if x == 621 {
		y = 621
	} else if x == 622 {
		y = 622
	} else if x == 623 {
		y = 623
	} else if x == 624 {
		y = 624
	} else if x == 625 {
		y = 625
	} else if x == 626 {
		y = 626
	} else if x == 627 {
		y = 627
	} else if x == 628 {
		y = 628
	} else if x == 629 {
		y = 629
	} else if x == 630 {
		y = 630
	} else if x == 631 {
		y = 631
	} else if x == 632 {
		y = 632
	} else if x == 633 {
		y = 633
	} else if x == 634 {
		y = 634
	} else if x == 635 {
		y = 635
	} else if x == 636 {
		y = 636
	} else if x == 637 {
		y = 637
	} else if x == 638 {
		y = 638
	} else if x == 639 {
		y = 639
	} else if x == 640 {
		y = 640
	} else if x == 641 {
		y = 641
	} else if x == 642 {
		y = 642
	} else if x == 643 {
		y = 643
	} else if x == 644 {
		y = 644
	} else if x == 645 {
		y = 645
	} else if x == 646 {
		y = 646
	} else if x == 647 {
		y = 647
	} else if x == 648 {
		y = 648
	} else if x == 649 {
		y = 649
	} else if x == 650 {
		y = 650
	} else if x == 651 {
		y = 651
	} else if x == 652 {
		y = 652
	} else if x == 653 {
		y = 653
	} else if x == 654 {
		y = 654
	} else if x == 655 {
		y = 655
	} else if x == 656 {
		y = 656
	} else if x == 657 {
		y = 657
	} else if x == 658 {
		y = 658
	} else if x == 659 {
		y = 659
	} else if x == 660 {
		y = 660
	} else if x == 661 {
		y = 661
	} else if x == 662 {
		y = 662
	} else if x == 663 {
		y = 663
	} else if x == 664 {
		y = 664
	} else if x == 665 {
		y = 665
	} else if x == 666 {
		y = 666
	} else if x == 667 {
		y = 667
	} else if x == 668 {
		y = 668
	} else if x == 669 {
		y = 669
	} else if x == 670 {
		y = 670
	} else if x == 671 {
		y = 671
	} else if x == 672 {
		y = 672
	} else if x == 673 {
		y = 673
	} else if x == 674 {
		y = 674
	} else if x == 675 {
		y = 675
	} else if x == 676 {
		y = 676
	} else if x == 677 {
		y = 677
	} else if x == 678 {
		y = 678
	} else if x == 679 {
		y = 679
	} else if x == 680 {
		y = 680
	} else if x == 681 {
		y = 681
	} else if x == 682 {
		y = 682
	} else if x == 683 {
		y = 683
	} else if x == 684 {
		y = 684
	} else if x == 685 {
		y = 685
	} else if x == 686 {
		y = 686
	} else if x == 687 {
		y = 687
	} else if x == 688 {
		y = 688
	} else if x == 689 {
		y = 689
	} else if x == 690 {
		y = 690
	} else if x == 691 {
		y = 691
	} else if x == 692 {
		y = 692
	} else if x == 693 {
		y = 693
	} else if x == 694 {
		y = 694
	} else if x == 695 {
		y = 695
	} else if x == 696 {
		y = 696
	} else if x == 697 {
		y = 697
	} else if x == 698 {
		y = 698
	} else if x == 699 {
		y = 699
	} else if x == 700 {
		y = 700
	} else if x == 701 {
		y = 701
	} else if x == 702 {
		y = 702
	} else if x == 703 {
		y = 703
	} else if x == 704 {
		y = 704
	} else if x == 705 {
		y = 705
	} else if x == 706 {
		y = 706
	} else if x == 707 {
		y = 707
	} else if x == 708 {
		y = 708
	} else if x == 709 {
		y = 709
	} else if x == 710 {
		y = 710
	} else if x == 711 {
		y = 711
	} else if x == 712 {
		y = 712
	} else if x == 713 {
		y = 713
	} else if x == 714 {
		y = 714
	} else if x == 715 {
		y = 715
	} else if x == 716 {
		y = 716
	} else if x == 717 {
		y = 717
	} else if x == 718 {
		y = 718
	} else if x == 719 {
		y = 719
	} else if x == 720 {
		y = 720
	} else if x == 721 {
		y = 721
	} else if x == 722 {
		y = 722
	} else if x == 723 {
		y = 723
	} else if x == 724 {
		y = 724
	} else if x == 725 {
		y = 725
	} else if x == 726 {
		y = 726
	} else if x == 727 {
		y = 727
	} else if x == 728 {
		y = 728
	} else if x == 729 {
		y = 729
	} else if x == 730 {
		y = 730
	} else if x == 731 {
		y = 731
	} else if x == 732 {
		y = 732
	} else if x == 733 {
		y = 733
	} else if x == 734 {
		y = 734
	} else if x == 735 {
		y = 735
	} else if x == 736 {
		y = 736
	} else if x == 737 {
		y = 737
	} else if x == 738 {
		y = 738
	} else if x == 739 {
		y = 739
	} else if x == 740 {
		y = 740
	} else if x == 741 {
		y = 741
	} else if x == 742 {
		y = 742
	} else if x == 743 {
		y = 743
	} else if x == 744 {
		y = 744
	} else if x == 745 {
		y = 745
	} else if x == 746 {
		y = 746
	} else if x == 747 {
		y = 747
	} else if x == 748 {
		y = 748
	} else if x == 749 {
		y = 749
	} else if x == 750 {
		y = 750
	} else if x == 751 {
		y = 751
	} else if x == 752 {
		y = 752
	} else if x == 753 {
		y = 753
	} else if x == 754 {
		y = 754
	} else if x == 755 {
		y = 755
	} else if x == 756 {
		y = 756
	} else if x == 757 {
		y = 757
	} else if x == 758 {
		y = 758
	} else if x == 759 {
		y = 759
	} else if x == 760 {
		y = 760
	} else if x == 761 {
		y = 761
	} else if x == 762 {
		y = 762
	} else if x == 763 {
		y = 763
	} else if x == 764 {
		y = 764
	} else if x == 765 {
		y = 765
	} else if x == 766 {
		y = 766
	} else if x == 767 {
		y = 767
	} else if x == 768 {
		y = 768
	} else if x == 769 {
		y = 769
	} else if x == 770 {
		y = 770
	} else if x == 771 {
		y = 771
	} else if x == 772 {
		y = 772
	} else if x == 773 {
		y = 773
	} else if x == 774 {
		y = 774
	} else if x == 775 {
		y = 775
	} else if x == 776 {
		y = 776
	} else if x == 777 {
		y = 777
	} else if x == 778 {
		y = 778
	} else if x == 779 {
		y = 779
	} else if x == 780 {
		y = 780
	} else if x == 781 {
		y = 781
	} else if x == 782 {
		y = 782
	} else if x == 783 {
		y = 783
	} else if x == 784 {
		y = 784
	} else if x == 785 {
		y = 785
	} else if x == 786 {
		y = 786
	} else if x == 787 {
		y = 787
	} else if x == 788 {
		y = 788
	} else if x == 789 {
		y = 789
	} else if x == 790 {
		y = 790
	} else if x == 791 {
		y = 791
	} else if x == 792 {
		y = 792
	} else if x == 793 {
		y = 793
	} else if x == 794 {
		y = 794
	} else if x == 795 {
		y = 795
	} else if x == 796 {
		y = 796
	} else if x == 797 {
		y = 797
	} else if x == 798 {
		y = 798
	} else if x == 799 {
		y = 799
	} else if x == 800 {
		y = 800
	} else if x == 801 {
		y = 801
	} else if x == 802 {
		y = 802
	} else if x == 803 {
		y = 803
	} else if x == 804 {
		y = 804
	} else if x == 805 {
		y = 805
	} else if x == 806 {
		y = 806
	} else if x == 807 {
		y = 807
	} else if x == 808 {
		y = 808
	} else if x == 809 {
		y = 809
	} else if x == 810 {
		y = 810
	} else if x == 811 {
		y = 811
	} else if x == 812 {
		y = 812
	} else if x == 813 {
		y = 813
	} else if x == 814 {
		y = 814
	} else if x == 815 {
		y = 815
	} else if x == 816 {
		y = 816
	} else if x == 817 {
		y = 817
	} else if x == 818 {
		y = 818
	} else if x == 819 {
		y = 819
	} else if x == 820 {
		y = 820
	} else if x == 821 {
		y = 821
	} else if x == 822 {
		y = 822
	} else if x == 823 {
		y = 823
	} else if x == 824 {
		y = 824
	} else if x == 825 {
		y = 825
	} else if x == 826 {
		y = 826
	} else if x == 827 {
		y = 827
	} else if x == 828 {
		y = 828
	} else if x == 829 {
		y = 829
	} else if x == 830 {
		y = 830
	} else if x == 831 {
		y = 831
	} else if x == 832 {
		y = 832
	} else if x == 833 {
		y = 833
	} else if x == 834 {
		y = 834
	} else if x == 835 {
		y = 835
	} else if x == 836 {
		y = 836
	} else if x == 837 {
		y = 837
	} else if x == 838 {
		y = 838
	} else if x == 839 {
		y = 839
	} else if x == 840 {
		y = 840
	} else if x == 841 {
		y = 841
	} else if x == 842 {
		y = 842
	} else if x == 843 {
		y = 843
	} else if x == 844 {
		y = 844
	} else if x == 845 {
		y = 845
	} else if x == 846 {
		y = 846
	} else if x == 847 {
		y = 847
	} else if x == 848 {
		y = 848
	} else if x == 849 {
		y = 849
	} else if x == 850 {
		y = 850
	} else if x == 851 {
		y = 851
	} else if x == 852 {
		y = 852
	} else if x == 853 {
		y = 853
	} else if x == 854 {
		y = 854
	} else if x == 855 {
		y = 855
	} else if x == 856 {
		y = 856
	} else if x == 857 {
		y = 857
	} else if x == 858 {
		y = 858
	} else if x == 859 {
		y = 859
	} else if x == 860 {
		y = 860
	} else if x == 861 {
		y = 861
	} else if x == 862 {
		y = 862
	} else if x == 863 {
		y = 863
	} else if x == 864 {
		y = 864
	} else if x == 865 {
		y = 865
	} else if x == 866 {
		y = 866
	} else if x == 867 {
		y = 867
	} else if x == 868 {
		y = 868
	} else if x == 869 {
		y = 869
	} else if x == 870 {
		y = 870
	} else if x == 871 {
		y = 871
	} else if x == 872 {
		y = 872
	} else if x == 873 {
		y = 873
	} else if x == 874 {
		y = 874
	} else if x == 875 {
		y = 875
	} else if x == 876 {
		y = 876
	} else if x == 877 {
		y = 877
	} else if x == 878 {
		y = 878
	} else if x == 879 {
		y = 879
	} else if x == 880 {
		y = 880
	} else if x == 881 {
		y = 881
	} else if x == 882 {
		y = 882
	} else if x == 883 {
		y = 883
	} else if x == 884 {
		y = 884
	} else if x == 885 {
		y = 885
	} else if x == 886 {
		y = 886
	} else if x == 887 {
		y = 887
	} else if x == 888 {
		y = 888
	} else if x == 889 {
		y = 889
	} else if x == 890 {
		y = 890
	} else if x == 891 {
		y = 891
	} else if x == 892 {
		y = 892
	} else if x == 893 {
		y = 893
	} else if x == 894 {
		y = 894
	} else if x == 895 {
		y = 895
	} else if x == 896 {
		y = 896
	} else if x == 897 {
		y = 897
	} else if x == 898 {
		y = 898
	} else if x == 899 {
		y = 899
	} else if x == 900 {
		y = 900
	} else if x == 901 {
		y = 901
	} else if x == 902 {
		y = 902
	} else if x == 903 {
		y = 903
	} else if x == 904 {
		y = 904
	} else if x == 905 {
		y = 905
	} else if x == 906 {
		y = 906
	} else if x == 907 {
		y = 907
	} else if x == 908 {
		y = 908
	} else if x == 909 {
		y = 909
	} else if x == 910 {
		y = 910
	} else if x == 911 {
		y = 911
	} else if x == 912 {
		y = 912
	} else if x == 913 {
		y = 913
	} else if x == 914 {
		y = 914
	} else if x == 915 {
		y = 915
	} else if x == 916 {
		y = 916
	} else if x == 917 {
		y = 917
	} else if x == 918 {
		y = 918
	} else if x == 919 {
		y = 919
	} else if x == 920 {
		y = 920
	} else if x == 921 {
		y = 921
	} else if x == 922 {
		y = 922
	} else if x == 923 {
		y = 923
	} else if x == 924 {
		y = 924
	} else if x == 925 {
		y = 925
	} else if x == 926 {
		y = 926
	} else if x == 927 {
		y = 927
	} else if x == 928 {
		y = 928
	} else if x == 929 {
		y = 929
	} else if x == 930 {
		y = 930
	} else if x == 931 {
		y = 931
	} else if x == 932 {
		y = 932
	} else if x == 933 {
		y = 933
	} else if x == 934 {
		y = 934
	} else if x == 935 {
		y = 935
	} else if x == 936 {
		y = 936
	} else if x == 937 {
		y = 937
	} else if x == 938 {
		y = 938
	} else if x == 939 {
		y = 939
	} else if x == 940 {
		y = 940
	} else if x == 941 {
		y = 941
	} else if x == 942 {
		y = 942
	} else if x == 943 {
		y = 943
	} else if x == 944 {
		y = 944
	} else if x == 945 {
		y = 945
	} else if x == 946 {
		y = 946
	} else if x == 947 {
		y = 947
	} else if x == 948 {
		y = 948
	} else if x == 949 {
		y = 949
	} else if x == 950 {
		y = 950
	} else if x == 951 {
		y = 951
	} else if x == 952 {
		y = 952
	} else if x == 953 {
		y = 953
	} else if x == 954 {
		y = 954
	} else if x == 955 {
		y = 955
	} else if x == 956 {
		y = 956
	} else if x == 957 {
		y = 957
	} else if x == 958 {
		y = 958
	} else if x == 959 {
		y = 959
	} else if x == 960 {
		y = 960
	} else if x == 961 {
		y = 961
	} else if x == 962 {
		y = 962
	} else if x == 963 {
		y = 963
	} else if x == 964 {
		y = 964
	} else if x == 965 {
		y = 965
	} else if x == 966 {
		y = 966
	} else if x == 967 {
		y = 967
	} else if x == 968 {
		y = 968
	} else if x == 969 {
		y = 969
	} else if x == 970 {
		y = 970
	} else if x == 971 {
		y = 971
	} else if x == 972 {
		y = 972
	} else if x == 973 {
		y = 973
	} else if x == 974 {
		y = 974
	} else if x == 975 {
		y = 975
	} else if x == 976 {
		y = 976
	} else if x == 977 {
		y = 977
	} else if x == 978 {
		y = 978
	} else if x == 979 {
		y = 979
	} else if x == 980 {
		y = 980
	} else if x == 981 {
		y = 981
	} else if x == 982 {
		y = 982
	} else if x == 983 {
		y = 983
	} else if x == 984 {
		y = 984
	} else if x == 985 {
		y = 985
	} else if x == 986 {
		y = 986
	} else if x == 987 {
		y = 987
	} else if x == 988 {
		y = 988
	} else if x == 989 {
		y = 989
	} else if x == 990 {
		y = 990
	} else if x == 991 {
		y = 991
	} else if x == 992 {
		y = 992
	} else if x == 993 {
		y = 993
	} else if x == 994 {
		y = 994
	} else if x == 995 {
		y = 995
	} else if x == 996 {
		y = 996
	} else if x == 997 {
		y = 997
	} else if x == 998 {
		y = 998
	} else if x == 999 {
		y = 999
	} else if x == 1000 {
		y = 1000
	} else if x == 1001 {
		y = 1001
	} else if x == 1002 {
		y = 1002
	} else if x == 1003 {
		y = 1003
	} else if x == 1004 {
		y = 1004
	} else if x == 1005 {
		y = 1005
	} else if x == 1006 {
		y = 1006
	} else if x == 1007 {
		y = 1007
	} else if x == 1008 {
		y = 1008
	} else if x == 1009 {
		y = 1009
	} else if x == 1010 {
		y = 1010
	} else if x == 1011 {
		y = 1011
	} else if x == 1012 {
		y = 1012
	} else if x == 1013 {
		y = 1013
	} else if x == 1014 {
		y = 1014
	} else if x == 1015 {
		y = 1015
	} else if x == 1016 {
		y = 1016
	} else if x == 1017 {
		y = 1017
	} else if x == 1018 {
		y = 1018
	} else if x == 1019 {
		y = 1019
	} else if x == 1020 {
		y = 1020
	} else if x == 1021 {
		y = 1021
	} else if x == 1022 {
		y = 1022
	} else if x == 1023 {
		y = 1023
	} else if x == 1024 {
		y = 1024
	} else if x == 1025 {
		y = 1025
	} else if x == 1026 {
		y = 1026
	} else if x == 1027 {
		y = 1027
	} else if x == 1028 {
		y = 1028
	} else if x == 1029 {
		y = 1029
	} else if x == 1030 {
		y = 1030
	} else if x == 1031 {
		y = 1031
	} else if x == 1032 {
		y = 1032
	} else if x == 1033 {
		y = 1033
	} else if x == 1034 {
		y = 1034
	} else if x == 1035 {
		y = 1035
	} else if x == 1036 {
		y = 1036
	} else if x == 1037 {
		y = 1037
	} else if x == 1038 {
		y = 1038
	} else if x == 1039 {
		y = 1039
	} else if x == 1040 {
		y = 1040
	} else if x == 1041 {
		y = 1041
	} else if x == 1042 {
		y = 1042
	} else if x == 1043 {
		y = 1043
	} else if x == 1044 {
		y = 1044
	} else if x == 1045 {
		y = 1045
	} else if x == 1046 {
		y = 1046
	} else if x == 1047 {
		y = 1047
	} else if x == 1048 {
		y = 1048
	} else if x == 1049 {
		y = 1049
	} else if x == 1050 {
		y = 1050
	} else if x == 1051 {
		y = 1051
	} else if x == 1052 {
		y = 1052
	} else if x == 1053 {
		y = 1053
	} else if x == 1054 {
		y = 1054
	} else if x == 1055 {
		y = 1055
	} else if x == 1056 {
		y = 1056
	} else if x == 1057 {
		y = 1057
	} else if x == 1058 {
		y = 1058
	} else if x == 1059 {
		y = 1059
	} else if x == 1060 {
		y = 1060
	} else if x == 1061 {
		y = 1061
	} else if x == 1062 {
		y = 1062
	} else if x == 1063 {
		y = 1063
	} else if x == 1064 {
		y = 1064
	} else if x == 1065 {
		y = 1065
	} else if x == 1066 {
		y = 1066
	} else if x == 1067 {
		y = 1067
	} else if x == 1068 {
		y = 1068
	} else if x == 1069 {
		y = 1069
	} else if x == 1070 {
		y = 1070
	} else if x == 1071 {
		y = 1071
	} else if x == 1072 {
		y = 1072
	} else if x == 1073 {
		y = 1073
	} else if x == 1074 {
		y = 1074
	} else if x == 1075 {
		y = 1075
	} else if x == 1076 {
		y = 1076
	} else if x == 1077 {
		y = 1077
	} else if x == 1078 {
		y = 1078
	} else if x == 1079 {
		y = 1079
	} else if x == 1080 {
		y = 1080
	} else if x == 1081 {
		y = 1081
	} else if x == 1082 {
		y = 1082
	} else if x == 1083 {
		y = 1083
	} else if x == 1084 {
		y = 1084
	} else if x == 1085 {
		y = 1085
	} else if x == 1086 {
		y = 1086
	} else if x == 1087 {
		y = 1087
	} else if x == 1088 {
		y = 1088
	} else if x == 1089 {
		y = 1089
	} else if x == 1090 {
		y = 1090
	} else if x == 1091 {
		y = 1091
	} else if x == 1092 {
		y = 1092
	} else if x == 1093 {
		y = 1093
	} else if x == 1094 {
		y = 1094
	} else if x == 1095 {
		y = 1095
	} else if x == 1096 {
		y = 1096
	} else if x == 1097 {
		y = 1097
	} else if x == 1098 {
		y = 1098
	} else if x == 1099 {
		y = 1099
	} else if x == 1100 {
		y = 1100
	} else if x == 1101 {
		y = 1101
	} else if x == 1102 {
		y = 1102
	} else if x == 1103 {
		y = 1103
	} else if x == 1104 {
		y = 1104
	} else if x == 1105 {
		y = 1105
	} else if x == 1106 {
		y = 1106
	} else if x == 1107 {
		y = 1107
	} else if x == 1108 {
		y = 1108
	} else if x == 1109 {
		y = 1109
	} else if x == 1110 {
		y = 1110
	} else if x == 1111 {
		y = 1111
	} else if x == 1112 {
		y = 1112
	} else if x == 1113 {
		y = 1113
	} else if x == 1114 {
		y = 1114
	} else if x == 1115 {
		y = 1115
	} else if x == 1116 {
		y = 1116
	} else if x == 1117 {
		y = 1117
	} else if x == 1118 {
		y = 1118
	} else if x == 1119 {
		y = 1119
	} else if x == 1120 {
		y = 1120
	} else if x == 1121 {
		y = 1121
	} else if x == 1122 {
		y = 1122
	} else if x == 1123 {
		y = 1123
	} else if x == 1124 {
		y = 1124
	} else if x == 1125 {
		y = 1125
	} else if x == 1126 {
		y = 1126
	} else if x == 1127 {
		y = 1127
	} else if x == 1128 {
		y = 1128
	} else if x == 1129 {
		y = 1129
	} else if x == 1130 {
		y = 1130
	} else if x == 1131 {
		y = 1131
	} else if x == 1132 {
		y = 1132
	} else if x == 1133 {
		y = 1133
	} else if x == 1134 {
		y = 1134
	} else if x == 1135 {
		y = 1135
	} else if x == 1136 {
		y = 1136
	} else if x == 1137 {
		y = 1137
	} else if x == 1138 {
		y = 1138
	} else if x == 1139 {
		y = 1139
	} else if x == 1140 {
		y = 1140
	} else if x == 1141 {
		y = 1141
	} else if x == 1142 {
		y = 1142
	} else if x == 1143 {
		y = 1143
	} else if x == 1144 {
		y = 1144
	} else if x == 1145 {
		y = 1145
	} else if x == 1146 {
		y = 1146
	} else if x == 1147 {
		y = 1147
	} else if x == 1148 {
		y = 1148
	} else if x == 1149 {
		y = 1149
	} else if x == 1150 {
		y = 1150
	} else if x == 1151 {
		y = 1151
	} else if x == 1152 {
		y = 1152
	} else if x == 1153 {
		y = 1153
	} else if x == 1154 {
		y = 1154
	} else if x == 1155 {
		y = 1155
	} else if x == 1156 {
		y = 1156
	} else if x == 1157 {
		y = 1157
	} else if x == 1158 {
		y = 1158
	} else if x == 1159 {
		y = 1159
	} else if x == 1160 {
		y = 1160
	} else if x == 1161 {
		y = 1161
	} else if x == 1162 {
		y = 1162
	} else if x == 1163 {
		y = 1163
	} else if x == 1164 {
		y = 1164
	} else if x == 1165 {
		y = 1165
	} else if x == 1166 {
		y = 1166
	} else if x == 1167 {
		y = 1167
	} else if x == 1168 {
		y = 1168
	} else if x == 1169 {
		y = 1169
	} else if x == 1170 {
		y = 1170
	} else if x == 1171 {
		y = 1171
	} else if x == 1172 {
		y = 1172
	} else if x == 1173 {
		y = 1173
	} else if x == 1174 {
		y = 1174
	} else if x == 1175 {
		y = 1175
	} else if x == 1176 {
		y = 1176
	} else if x == 1177 {
		y = 1177
	} else if x == 1178 {
		y = 1178
	} else if x == 1179 {
		y = 1179
	} else if x == 1180 {
		y = 1180
	} else if x == 1181 {
		y = 1181
	} else if x == 1182 {
		y = 1182
	} else if x == 1183 {
		y = 1183
	} else if x == 1184 {
		y = 1184
	} else if x == 1185 {
		y = 1185
	} else if x == 1186 {
		y = 1186
	} else if x == 1187 {
		y = 1187
	} else if x == 1188 {
		y = 1188
	} else if x == 1189 {
		y = 1189
	} else if x == 1190 {
		y = 1190
	} else if x == 1191 {
		y = 1191
	} else if x == 1192 {
		y = 1192
	} else if x == 1193 {
		y = 1193
	} else if x == 1194 {
		y = 1194
	} else if x == 1195 {
		y = 1195
	} else if x == 1196 {
		y = 1196
	} else if x == 1197 {
		y = 1197
	} else if x == 1198 {
		y = 1198
	} else if x == 1199 {
		y = 1199
	} else if x == 1200 {
		y = 1200
	} else if x == 1201 {
		y = 1201
	} else if x == 1202 {
		y = 1202
	} else if x == 1203 {
		y = 1203
	} else if x == 1204 {
		y = 1204
	} else if x == 1205 {
		y = 1205
	} else if x == 1206 {
		y = 1206
	} else if x == 1207 {
		y = 1207
	} else if x == 1208 {
		y = 1208
	} else if x == 1209 {
		y = 1209
	} else if x == 1210 {
		y = 1210
	} else if x == 1211 {
		y = 1211
	} else if x == 1212 {
		y = 1212
	} else if x == 1213 {
		y = 1213
	} else if x == 1214 {
		y = 1214
	} else if x == 1215 {
		y = 1215
	} else if x == 1216 {
		y = 1216
	} else if x == 1217 {
		y = 1217
	} else if x == 1218 {
		y = 1218
	} else if x == 1219 {
		y = 1219
	} else if x == 1220 {
		y = 1220
	} else if x == 1221 {
		y = 1221
	} else if x == 1222 {
		y = 1222
	} else if x == 1223 {
		y = 1223
	} else if x == 1224 {
		y = 1224
	} else if x == 1225 {
		y = 1225
	} else if x == 1226 {
		y = 1226
	} else if x == 1227 {
		y = 1227
	} else if x == 1228 {
		y = 1228
	} else if x == 1229 {
		y = 1229
	} else if x == 1230 {
		y = 1230
	} else if x == 1231 {
		y = 1231
	} else if x == 1232 {
		y = 1232
	} else if x == 1233 {
		y = 1233
	} else if x == 1234 {
		y = 1234
	} else if x == 1235 {
		y = 1235
	} else if x == 1236 {
		y = 1236
	} else if x == 1237 {
		y = 1237
	} else if x == 1238 {
		y = 1238
	} else if x == 1239 {
		y = 1239
	} else if x == 1240 {
		y = 1240
	} else if x == 1241 {
		y = 1241
	} else if x == 1242 {
		y = 1242
	} else if x == 1243 {
		y = 1243
	} else if x == 1244 {
		y = 1244
	} else if x == 1245 {
		y = 1245
	} else if x == 1246 {
		y = 1246
	} else if x == 1247 {
		y = 1247
	} else if x == 1248 {
		y = 1248
	} else if x == 1249 {
		y = 1249
	} else if x == 1250 {
		y = 1250
	} else if x == 1251 {
		y = 1251
	} else if x == 1252 {
		y = 1252
	} else if x == 1253 {
		y = 1253
	} else if x == 1254 {
		y = 1254
	} else if x == 1255 {
		y = 1255
	} else if x == 1256 {
		y = 1256
	} else if x == 1257 {
		y = 1257
	} else if x == 1258 {
		y = 1258
	} else if x == 1259 {
		y = 1259
	} else if x == 1260 {
		y = 1260
	} else if x == 1261 {
		y = 1261
	} else if x == 1262 {
		y = 1262
	} else if x == 1263 {
		y = 1263
	} else if x == 1264 {
		y = 1264
	} else if x == 1265 {
		y = 1265
	} else if x == 1266 {
		y = 1266
	} else if x == 1267 {
		y = 1267
	} else if x == 1268 {
		y = 1268
	} else if x == 1269 {
		y = 1269
	} else if x == 1270 {
		y = 1270
	} else if x == 1271 {
		y = 1271
	} else if x == 1272 {
		y = 1272
	} else if x == 1273 {
		y = 1273
	} else if x == 1274 {
		y = 1274
	} else if x == 1275 {
		y = 1275
	} else if x == 1276 {
		y = 1276
	} else if x == 1277 {
		y = 1277
	} else if x == 1278 {
		y = 1278
	} else if x == 1279 {
		y = 1279
	} else if x == 1280 {
		y = 1280
	} else if x == 1281 {
		y = 1281
	} else if x == 1282 {
		y = 1282
	} else if x == 1283 {
		y = 1283
	} else if x == 1284 {
		y = 1284
	} else if x == 1285 {
		y = 1285
	} else if x == 1286 {
		y = 1286
	} else if x == 1287 {
		y = 1287
	} else if x == 1288 {
		y = 1288
	} else if x == 1289 {
		y = 1289
	} else if x == 1290 {
		y = 1290
	} else if x == 1291 {
		y = 1291
	} else if x == 1292 {
		y = 1292
	} else if x == 1293 {
		y = 1293
	} else if x == 1294 {
		y = 1294
	} else if x == 1295 {
		y = 1295
	} else if x == 1296 {
		y = 1296
	} else if x == 1297 {
		y = 1297
	} else if x == 1298 {
		y = 1298
	} else if x == 1299 {
		y = 1299
	} else if x == 1300 {
		y = 1300
	} else if x == 1301 {
		y = 1301
	} else if x == 1302 {
		y = 1302
	} else if x == 1303 {
		y = 1303
	} else if x == 1304 {
		y = 1304
	} else if x == 1305 {
		y = 1305
	} else if x == 1306 {
		y = 1306
	} else if x == 1307 {
		y = 1307
	} else if x == 1308 {
		y = 1308
	} else if x == 1309 {
		y = 1309
	} else if x == 1310 {
		y = 1310
	} else if x == 1311 {
		y = 1311
	} else if x == 1312 {
		y = 1312
	} else if x == 1313 {
		y = 1313
	} else if x == 1314 {
		y = 1314
	} else if x == 1315 {
		y = 1315
	} else if x == 1316 {
		y = 1316
	} else if x == 1317 {
		y = 1317
	} else if x == 1318 {
		y = 1318
	} else if x == 1319 {
		y = 1319
	} else if x == 1320 {
		y = 1320
	} else if x == 1321 {
		y = 1321
	} else if x == 1322 {
		y = 1322
	} else if x == 1323 {
		y = 1323
	} else if x == 1324 {
		y = 1324
	} else if x == 1325 {
		y = 1325
	} else if x == 1326 {
		y = 1326
	} else if x == 1327 {
		y = 1327
	} else if x == 1328 {
		y = 1328
	} else if x == 1329 {
		y = 1329
	} else if x == 1330 {
		y = 1330
	} else if x == 1331 {
		y = 1331
	} else if x == 1332 {
		y = 1332
	} else if x == 1333 {
		y = 1333
	} else if x == 1334 {
		y = 1334
	} else if x == 1335 {
		y = 1335
	} else if x == 1336 {
		y = 1336
	} else if x == 1337 {
		y = 1337
	} else if x == 1338 {
		y = 1338
	} else if x == 1339 {
		y = 1339
	} else if x == 1340 {
		y = 1340
	} else if x == 1341 {
		y = 1341
	} else if x == 1342 {
		y = 1342
	} else if x == 1343 {
		y = 1343
	} else if x == 1344 {
		y = 1344
	} else if x == 1345 {
		y = 1345
	} else if x == 1346 {
		y = 1346
	} else if x == 1347 {
		y = 1347
	} else if x == 1348 {
		y = 1348
	} else if x == 1349 {
		y = 1349
	} else if x == 1350 {
		y = 1350
	} else if x == 1351 {
		y = 1351
	} else if x == 1352 {
		y = 1352
	} else if x == 1353 {
		y = 1353
	} else if x == 1354 {
		y = 1354
	} else if x == 1355 {
		y = 1355
	} else if x == 1356 {
		y = 1356
	} else if x == 1357 {
		y = 1357
	} else if x == 1358 {
		y = 1358
	} else if x == 1359 {
		y = 1359
	} else if x == 1360 {
		y = 1360
	} else if x == 1361 {
		y = 1361
	} else if x == 1362 {
		y = 1362
	} else if x == 1363 {
		y = 1363
	} else if x == 1364 {
		y = 1364
	} else if x == 1365 {
		y = 1365
	} else if x == 1366 {
		y = 1366
	} else if x == 1367 {
		y = 1367
	} else if x == 1368 {
		y = 1368
	} else if x == 1369 {
		y = 1369
	} else if x == 1370 {
		y = 1370
	} else if x == 1371 {
		y = 1371
	} else if x == 1372 {
		y = 1372
	} else if x == 1373 {
		y = 1373
	} else if x == 1374 {
		y = 1374
	} else if x == 1375 {
		y = 1375
	} else if x == 1376 {
		y = 1376
	} else if x == 1377 {
		y = 1377
	} else if x == 1378 {
		y = 1378
	} else if x == 1379 {
		y = 1379
	} else if x == 1380 {
		y = 1380
	} else if x == 1381 {
		y = 1381
	} else if x == 1382 {
		y = 1382
	} else if x == 1383 {
		y = 1383
	} else if x == 1384 {
		y = 1384
	} else if x == 1385 {
		y = 1385
	} else if x == 1386 {
		y = 1386
	} else if x == 1387 {
		y = 1387
	} else if x == 1388 {
		y = 1388
	} else if x == 1389 {
		y = 1389
	} else if x == 1390 {
		y = 1390
	} else if x == 1391 {
		y = 1391
	} else if x == 1392 {
		y = 1392
	} else if x == 1393 {
		y = 1393
	} else if x == 1394 {
		y = 1394
	} else if x == 1395 {
		y = 1395
	} else if x == 1396 {
		y = 1396
	} else if x == 1397 {
		y = 1397
	} else if x == 1398 {
		y = 1398
	} else if x == 1399 {
		y = 1399
	} else if x == 1400 {
		y = 1400
	} else if x == 1401 {
		y = 1401
	} else if x == 1402 {
		y = 1402
	} else if x == 1403 {
		y = 1403
	} else if x == 1404 {
		y = 1404
	} else if x == 1405 {
		y = 1405
	} else if x == 1406 {
		y = 1406
	} else if x == 1407 {
		y = 1407
	} else if x == 1408 {
		y = 1408
	} else if x == 1409 {
		y = 1409
	} else if x == 1410 {
		y = 1410
	} else if x == 1411 {
		y = 1411
	} else if x == 1412 {
		y = 1412
	} else if x == 1413 {
		y = 1413
	} else if x == 1414 {
		y = 1414
	} else if x == 1415 {
		y = 1415
	} else if x == 1416 {
		y = 1416
	} else if x == 1417 {
		y = 1417
	} else if x == 1418 {
		y = 1418
	} else if x == 1419 {
		y = 1419
	} else if x == 1420 {
		y = 1420
	} else if x == 1421 {
		y = 1421
	} else if x == 1422 {
		y = 1422
	} else if x == 1423 {
		y = 1423
	} else if x == 1424 {
		y = 1424
	} else if x == 1425 {
		y = 1425
	} else if x == 1426 {
		y = 1426
	} else if x == 1427 {
		y = 1427
	} else if x == 1428 {
		y = 1428
	} else if x == 1429 {
		y = 1429
	} else if x == 1430 {
		y = 1430
	} else if x == 1431 {
		y = 1431
	} else if x == 1432 {
		y = 1432
	} else if x == 1433 {
		y = 1433
	} else if x == 1434 {
		y = 1434
	} else if x == 1435 {
		y = 1435
	} else if x == 1436 {
		y = 1436
	} else if x == 1437 {
		y = 1437
	} else if x == 1438 {
		y = 1438
	} else if x == 1439 {
		y = 1439
	} else if x == 1440 {
		y = 1440
	} else if x == 1441 {
		y = 1441
	} else if x == 1442 {
		y = 1442
	} else if x == 1443 {
		y = 1443
	} else if x == 1444 {
		y = 1444
	} else if x == 1445 {
		y = 1445
	} else if x == 1446 {
		y = 1446
	} else if x == 1447 {
		y = 1447
	} else if x == 1448 {
		y = 1448
	} else if x == 1449 {
		y = 1449
	} else if x == 1450 {
		y = 1450
	} else if x == 1451 {
		y = 1451
	} else if x == 1452 {
		y = 1452
	} else if x == 1453 {
		y = 1453
	} else if x == 1454 {
		y = 1454
	} else if x == 1455 {
		y = 1455
	} else if x == 1456 {
		y = 1456
	} else if x == 1457 {
		y = 1457
	} else if x == 1458 {
		y = 1458
	} else if x == 1459 {
		y = 1459
	} else if x == 1460 {
		y = 1460
	} else if x == 1461 {
		y = 1461
	} else if x == 1462 {
		y = 1462
	} else if x == 1463 {
		y = 1463
	} else if x == 1464 {
		y = 1464
	} else if x == 1465 {
		y = 1465
	} else if x == 1466 {
		y = 1466
	} else if x == 1467 {
		y = 1467
	} else if x == 1468 {
		y = 1468
	} else if x == 1469 {
		y = 1469
	} else if x == 1470 {
		y = 1470
	} else if x == 1471 {
		y = 1471
	} else if x == 1472 {
		y = 1472
	} else if x == 1473 {
		y = 1473
	} else if x == 1474 {
		y = 1474
	} else if x == 1475 {
		y = 1475
	} else if x == 1476 {
		y = 1476
	} else if x == 1477 {
		y = 1477
	} else if x == 1478 {
		y = 1478
	} else if x == 1479 {
		y = 1479
	} else if x == 1480 {
		y = 1480
	} else if x == 1481 {
		y = 1481
	} else if x == 1482 {
		y = 1482
	} else if x == 1483 {
		y = 1483
	} else if x == 1484 {
		y = 1484
	} else if x == 1485 {
		y = 1485
	} else if x == 1486 {
		y = 1486
	} else if x == 1487 {
		y = 1487
	} else if x == 1488 {
		y = 1488
	} else if x == 1489 {
		y = 1489
	} else if x == 1490 {
		y = 1490
	} else if x == 1491 {
		y = 1491
	} else if x == 1492 {
		y = 1492
	} else if x == 1493 {
		y = 1493
	} else if x == 1494 {
		y = 1494
	} else if x == 1495 {
		y = 1495
	} else if x == 1496 {
		y = 1496
	} else if x == 1497 {
		y = 1497
	} else if x == 1498 {
		y = 1498
	} else if x == 1499 {
		y = 1499
	} else if x == 1500 {
		y = 1500
	} else if x == 1501 {
		y = 1501
	} else if x == 1502 {
		y = 1502
	} else if x == 1503 {
		y = 1503
	} else if x == 1504 {
		y = 1504
	} else if x == 1505 {
		y = 1505
	} else if x == 1506 {
		y = 1506
	} else if x == 1507 {
		y = 1507
	} else if x == 1508 {
		y = 1508
	} else if x == 1509 {
		y = 1509
	} else if x == 1510 {
		y = 1510
	} else if x == 1511 {
		y = 1511
	} else if x == 1512 {
		y = 1512
	} else if x == 1513 {
		y = 1513
	} else if x == 1514 {
		y = 1514
	} else if x == 1515 {
		y = 1515
	} else if x == 1516 {
		y = 1516
	} else if x == 1517 {
		y = 1517
	} else if x == 1518 {
		y = 1518
	} else if x == 1519 {
		y = 1519
	} else if x == 1520 {
		y = 1520
	} else if x == 1521 {
		y = 1521
	} else if x == 1522 {
		y = 1522
	} else if x == 1523 {
		y = 1523
	} else if x == 1524 {
		y = 1524
	} else if x == 1525 {
		y = 1525
	} else if x == 1526 {
		y = 1526
	} else if x == 1527 {
		y = 1527
	} else if x == 1528 {
		y = 1528
	} else if x == 1529 {
		y = 1529
	} else if x == 1530 {
		y = 1530
	} else if x == 1531 {
		y = 1531
	} else if x == 1532 {
		y = 1532
	} else if x == 1533 {
		y = 1533
	} else if x == 1534 {
		y = 1534
	} else if x == 1535 {
		y = 1535
	} else if x == 1536 {
		y = 1536
	} else if x == 1537 {
		y = 1537
	} else if x == 1538 {
		y = 1538
	} else if x == 1539 {
		y = 1539
	} else if x == 1540 {
		y = 1540
	} else if x == 1541 {
		y = 1541
	} else if x == 1542 {
		y = 1542
	} else if x == 1543 {
		y = 1543
	} else if x == 1544 {
		y = 1544
	} else if x == 1545 {
		y = 1545
	} else if x == 1546 {
		y = 1546
	} else if x == 1547 {
		y = 1547
	} else if x == 1548 {
		y = 1548
	} else if x == 1549 {
		y = 1549
	} else if x == 1550 {
		y = 1550
	} else if x == 1551 {
		y = 1551
	} else if x == 1552 {
		y = 1552
	} else if x == 1553 {
		y = 1553
	} else if x == 1554 {
		y = 1554
	} else if x == 1555 {
		y = 1555
	} else if x == 1556 {
		y = 1556
	} else if x == 1557 {
		y = 1557
	} else if x == 1558 {
		y = 1558
	} else if x == 1559 {
		y = 1559
	} else if x == 1560 {
		y = 1560
	} else if x == 1561 {
		y = 1561
	} else if x == 1562 {
		y = 1562
	} else if x == 1563 {
		y = 1563
	} else if x == 1564 {
		y = 1564
	} else if x == 1565 {
		y = 1565
	} else if x == 1566 {
		y = 1566
	} else if x == 1567 {
		y = 1567
	} else if x == 1568 {
		y = 1568
	} else if x == 1569 {
		y = 1569
	} else if x == 1570 {
		y = 1570
	} else if x == 1571 {
		y = 1571
	} else if x == 1572 {
		y = 1572
	} else if x == 1573 {
		y = 1573
	} else if x == 1574 {
		y = 1574
	} else if x == 1575 {
		y = 1575
	} else if x == 1576 {
		y = 1576
	} else if x == 1577 {
		y = 1577
	} else if x == 1578 {
		y = 1578
	} else if x == 1579 {
		y = 1579
	} else if x == 1580 {
		y = 1580
	} else if x == 1581 {
		y = 1581
	} else if x == 1582 {
		y = 1582
	} else if x == 1583 {
		y = 1583
	} else if x == 1584 {
		y = 1584
	} else if x == 1585 {
		y = 1585
	} else if x == 1586 {
		y = 1586
	} else if x == 1587 {
		y = 1587
	} else if x == 1588 {
		y = 1588
	} else if x == 1589 {
		y = 1589
	} else if x == 1590 {
		y = 1590
	} else if x == 1591 {
		y = 1591
	} else if x == 1592 {
		y = 1592
	} else if x == 1593 {
		y = 1593
	} else if x == 1594 {
		y = 1594
	} else if x == 1595 {
		y = 1595
	} else if x == 1596 {
		y = 1596
	} else if x == 1597 {
		y = 1597
	} else if x == 1598 {
		y = 1598
	} else if x == 1599 {
		y = 1599
	} else if x == 1600 {
		y = 1600
	} else if x == 1601 {
		y = 1601
	} else if x == 1602 {
		y = 1602
	} else if x == 1603 {
		y = 1603
	} else if x == 1604 {
		y = 1604
	} else if x == 1605 {
		y = 1605
	} else if x == 1606 {
		y = 1606
	} else if x == 1607 {
		y = 1607
	} else if x == 1608 {
		y = 1608
	} else if x == 1609 {
		y = 1609
	} else if x == 1610 {
		y = 1610
	} else if x == 1611 {
		y = 1611
	} else if x == 1612 {
		y = 1612
	} else if x == 1613 {
		y = 1613
	} else if x == 1614 {
		y = 1614
	} else if x == 1615 {
		y = 1615
	} else if x == 1616 {
		y = 1616
	} else if x == 1617 {
		y = 1617
	} else if x == 1618 {
		y = 1618
	} else if x == 1619 {
		y = 1619
	} else if x == 1620 {
		y = 1620
	} else if x == 1621 {
		y = 1621
	} else if x == 1622 {
		y = 1622
	} else if x == 1623 {
		y = 1623
	} else if x == 1624 {
		y = 1624
	} else if x == 1625 {
		y = 1625
	} else if x == 1626 {
		y = 1626
	} else if x == 1627 {
		y = 1627
	} else if x == 1628 {
		y = 1628
	} else if x == 1629 {
		y = 1629
	} else if x == 1630 {
		y = 1630
	} else if x == 1631 {
		y = 1631
	} else if x == 1632 {
		y = 1632
	} else if x == 1633 {
		y = 1633
	} else if x == 1634 {
		y = 1634
	} else if x == 1635 {
		y = 1635
	} else if x == 1636 {
		y = 1636
	} else if x == 1637 {
		y = 1637
	} else if x == 1638 {
		y = 1638
	} else if x == 1639 {
		y = 1639
	} else if x == 1640 {
		y = 1640
	} else if x == 1641 {
		y = 1641
	} else if x == 1642 {
		y = 1642
	} else if x == 1643 {
		y = 1643
	} else if x == 1644 {
		y = 1644
	} else if x == 1645 {
		y = 1645
	} else if x == 1646 {
		y = 1646
	} else if x == 1647 {
		y = 1647
	} else if x == 1648 {
		y = 1648
	} else if x == 1649 {
		y = 1649
	} else if x == 1650 {
		y = 1650
	} else if x == 1651 {
		y = 1651
	} else if x == 1652 {
		y = 1652
	} else if x == 1653 {
		y = 1653
	} else if x == 1654 {
		y = 1654
	} else if x == 1655 {
		y = 1655
	} else if x == 1656 {
		y = 1656
	} else if x == 1657 {
		y = 1657
	} else if x == 1658 {
		y = 1658
	} else if x == 1659 {
		y = 1659
	} else if x == 1660 {
		y = 1660
	} else if x == 1661 {
		y = 1661
	} else if x == 1662 {
		y = 1662
	} else if x == 1663 {
		y = 1663
	} else if x == 1664 {
		y = 1664
	} else if x == 1665 {
		y = 1665
	} else if x == 1666 {
		y = 1666
	} else if x == 1667 {
		y = 1667
	} else if x == 1668 {
		y = 1668
	} else if x == 1669 {
		y = 1669
	} else if x == 1670 {
		y = 1670
	} else if x == 1671 {
		y = 1671
	} else if x == 1672 {
		y = 1672
	} else if x == 1673 {
		y = 1673
	} else if x == 1674 {
		y = 1674
	} else if x == 1675 {
		y = 1675
	} else if x == 1676 {
		y = 1676
	} else if x == 1677 {
		y = 1677
	} else if x == 1678 {
		y = 1678
	} else if x == 1679 {
		y = 1679
	} else if x == 1680 {
		y = 1680
	} else if x == 1681 {
		y = 1681
	} else if x == 1682 {
		y = 1682
	} else if x == 1683 {
		y = 1683
	} else if x == 1684 {
		y = 1684
	} else if x == 1685 {
		y = 1685
	} else if x == 1686 {
		y = 1686
	} else if x == 1687 {
		y = 1687
	} else if x == 1688 {
		y = 1688
	} else if x == 1689 {
		y = 1689
	} else if x == 1690 {
		y = 1690
	} else if x == 1691 {
		y = 1691
	} else if x == 1692 {
		y = 1692
	} else if x == 1693 {
		y = 1693
	} else if x == 1694 {
		y = 1694
	} else if x == 1695 {
		y = 1695
	} else if x == 1696 {
		y = 1696
	} else if x == 1697 {
		y = 1697
	} else if x == 1698 {
		y = 1698
	} else if x == 1699 {
		y = 1699
	} else if x == 1700 {
		y = 1700
	} else if x == 1701 {
		y = 1701
	} else if x == 1702 {
		y = 1702
	} else if x == 1703 {
		y = 1703
	} else if x == 1704 {
		y = 1704
	} else if x == 1705 {
		y = 1705
	} else if x == 1706 {
		y = 1706
	} else if x == 1707 {
		y = 1707
	} else if x == 1708 {
		y = 1708
	} else if x == 1709 {
		y = 1709
	} else if x == 1710 {
		y = 1710
	} else if x == 1711 {
		y = 1711
	} else if x == 1712 {
		y = 1712
	} else if x == 1713 {
		y = 1713
	} else if x == 1714 {
		y = 1714
	} else if x == 1715 {
		y = 1715
	} else if x == 1716 {
		y = 1716
	} else if x == 1717 {
		y = 1717
	} else if x == 1718 {
		y = 1718
	} else if x == 1719 {
		y = 1719
	} else if x == 1720 {
		y = 1720
	} else if x == 1721 {
		y = 1721
	} else if x == 1722 {
		y = 1722
	} else if x == 1723 {
		y = 1723
	} else if x == 1724 {
		y = 1724
	} else if x == 1725 {
		y = 1725
	} else if x == 1726 {
		y = 1726
	} else if x == 1727 {
		y = 1727
	} else if x == 1728 {
		y = 1728
	} else if x == 1729 {
		y = 1729
	} else if x == 1730 {
		y = 1730
	} else if x == 1731 {
		y = 1731
	} else if x == 1732 {
		y = 1732
	} else if x == 1733 {
		y = 1733
	} else if x == 1734 {
		y = 1734
	} else if x == 1735 {
		y = 1735
	} else if x == 1736 {
		y = 1736
	} else if x == 1737 {
		y = 1737
	} else if x == 1738 {
		y = 1738
	} else if x == 1739 {
		y = 1739
	} else if x == 1740 {
		y = 1740
	} else if x == 1741 {
		y = 1741
	} else if x == 1742 {
		y = 1742
	} else if x == 1743 {
		y = 1743
	} else if x == 1744 {
		y = 1744
	} else if x == 1745 {
		y = 1745
	} else if x == 1746 {
		y = 1746
	} else if x == 1747 {
		y = 1747
	} else if x == 1748 {
		y = 1748
	} else if x == 1749 {
		y = 1749
	} else if x == 1750 {
		y = 1750
	} else if x == 1751 {
		y = 1751
	} else if x == 1752 {
		y = 1752
	} else if x == 1753 {
		y = 1753
	} else if x == 1754 {
		y = 1754
	} else if x == 1755 {
		y = 1755
	} else if x == 1756 {
		y = 1756
	} else if x == 1757 {
		y = 1757
	} else if x == 1758 {
		y = 1758
	} else if x == 1759 {
		y = 1759
	} else if x == 1760 {
		y = 1760
	} else if x == 1761 {
		y = 1761
	} else if x == 1762 {
		y = 1762
	} else if x == 1763 {
		y = 1763
	} else if x == 1764 {
		y = 1764
	} else if x == 1765 {
		y = 1765
	} else if x == 1766 {
		y = 1766
	} else if x == 1767 {
		y = 1767
	} else if x == 1768 {
		y = 1768
	} else if x == 1769 {
		y = 1769
	} else if x == 1770 {
		y = 1770
	} else if x == 1771 {
		y = 1771
	} else if x == 1772 {
		y = 1772
	} else if x == 1773 {
		y = 1773
	} else if x == 1774 {
		y = 1774
	} else if x == 1775 {
		y = 1775
	} else if x == 1776 {
		y = 1776
	} else if x == 1777 {
		y = 1777
	} else if x == 1778 {
		y = 1778
	} else if x == 1779 {
		y = 1779
	} else if x == 1780 {
		y = 1780
	} else if x == 1781 {
		y = 1781
	} else if x == 1782 {
		y = 1782
	} else if x == 1783 {
		y = 1783
	} else if x == 1784 {
		y = 1784
	} else if x == 1785 {
		y = 1785
	} else if x == 1786 {
		y = 1786
	} else if x == 1787 {
		y = 1787
	} else if x == 1788 {
		y = 1788
	} else if x == 1789 {
		y = 1789
	} else if x == 1790 {
		y = 1790
	} else if x == 1791 {
		y = 1791
	} else if x == 1792 {
		y = 1792
	} else if x == 1793 {
		y = 1793
	} else if x == 1794 {
		y = 1794
	} else if x == 1795 {
		y = 1795
	} else if x == 1796 {
		y = 1796
	} else if x == 1797 {
		y = 1797
	} else if x == 1798 {
		y = 1798
	} else if x == 1799 {
		y = 1799
	} else if x == 1800 {
		y = 1800
	} else if x == 1801 {
		y = 1801
	} else if x == 1802 {
		y = 1802
	} else if x == 1803 {
		y = 1803
	} else if x == 1804 {
		y = 1804
	} else if x == 1805 {
		y = 1805
	} else if x == 1806 {
		y = 1806
	} else if x == 1807 {
		y = 1807
	} else if x == 1808 {
		y = 1808
	} else if x == 1809 {
		y = 1809
	} else if x == 1810 {
		y = 1810
	} else if x == 1811 {
		y = 1811
	} else if x == 1812 {
		y = 1812
	} else if x == 1813 {
		y = 1813
	} else if x == 1814 {
		y = 1814
	} else if x == 1815 {
		y = 1815
	} else if x == 1816 {
		y = 1816
	} else if x == 1817 {
		y = 1817
	} else if x == 1818 {
		y = 1818
	} else if x == 1819 {
		y = 1819
	} else if x == 1820 {
		y = 1820
	} else if x == 1821 {
		y = 1821
	} else if x == 1822 {
		y = 1822
	} else if x == 1823 {
		y = 1823
	} else if x == 1824 {
		y = 1824
	} else if x == 1825 {
		y = 1825
	} else if x == 1826 {
		y = 1826
	} else if x == 1827 {
		y = 1827
	} else if x == 1828 {
		y = 1828
	} else if x == 1829 {
		y = 1829
	} else if x == 1830 {
		y = 1830
	} else if x == 1831 {
		y = 1831
	} else if x == 1832 {
		y = 1832
	} else if x == 1833 {
		y = 1833
	} else if x == 1834 {
		y = 1834
	} else if x == 1835 {
		y = 1835
	} else if x == 1836 {
		y = 1836
	} else if x == 1837 {
		y = 1837
	} else if x == 1838 {
		y = 1838
	} else if x == 1839 {
		y = 1839
	} else if x == 1840 {
		y = 1840
	} else if x == 1841 {
		y = 1841
	} else if x == 1842 {
		y = 1842
	} else if x == 1843 {
		y = 1843
	} else if x == 1844 {
		y = 1844
	} else if x == 1845 {
		y = 1845
	} else if x == 1846 {
		y = 1846
	} else if x == 1847 {
		y = 1847
	} else if x == 1848 {
		y = 1848
	} else if x == 1849 {
		y = 1849
	} else if x == 1850 {
		y = 1850
	} else if x == 1851 {
		y = 1851
	} else if x == 1852 {
		y = 1852
	} else if x == 1853 {
		y = 1853
	} else if x == 1854 {
		y = 1854
	} else if x == 1855 {
		y = 1855
	} else if x == 1856 {
		y = 1856
	} else if x == 1857 {
		y = 1857
	} else if x == 1858 {
		y = 1858
	} else if x == 1859 {
		y = 1859
	} else if x == 1860 {
		y = 1860
	} else if x == 1861 {
		y = 1861
	} else if x == 1862 {
		y = 1862
	} else if x == 1863 {
		y = 1863
	} else if x == 1864 {
		y = 1864
	} else if x == 1865 {
		y = 1865
	} else if x == 1866 {
		y = 1866
	} else if x == 1867 {
		y = 1867
	} else if x == 1868 {
		y = 1868
	} else if x == 1869 {
		y = 1869
	} else if x == 1870 {
		y = 1870
	} else if x == 1871 {
		y = 1871
	} else if x == 1872 {
		y = 1872
	} else if x == 1873 {
		y = 1873
	} else if x == 1874 {
		y = 1874
	} else if x == 1875 {
		y = 1875
	} else if x == 1876 {
		y = 1876
	} else if x == 1877 {
		y = 1877
	} else if x == 1878 {
		y = 1878
	} else if x == 1879 {
		y = 1879
	} else if x == 1880 {
		y = 1880
	} else if x == 1881 {
		y = 1881
	} else if x == 1882 {
		y = 1882
	} else if x == 1883 {
		y = 1883
	} else if x == 1884 {
		y = 1884
	} else if x == 1885 {
		y = 1885
	} else if x == 1886 {
		y = 1886
	} else if x == 1887 {
		y = 1887
	} else if x == 1888 {
		y = 1888
	} else if x == 1889 {
		y = 1889
	} else if x == 1890 {
		y = 1890
	} else if x == 1891 {
		y = 1891
	} else if x == 1892 {
		y = 1892
	} else if x == 1893 {
		y = 1893
	} else if x == 1894 {
		y = 1894
	} else if x == 1895 {
		y = 1895
	} else if x == 1896 {
		y = 1896
	} else if x == 1897 {
		y = 1897
	} else if x == 1898 {
		y = 1898
	} else if x == 1899 {
		y = 1899
	} else if x == 1900 {
		y = 1900
	} else if x == 1901 {
		y = 1901
	} else if x == 1902 {
		y = 1902
	} else if x == 1903 {
		y = 1903
	} else if x == 1904 {
		y = 1904
	} else if x == 1905 {
		y = 1905
	} else if x == 1906 {
		y = 1906
	} else if x == 1907 {
		y = 1907
	} else if x == 1908 {
		y = 1908
	} else if x == 1909 {
		y = 1909
	} else if x == 1910 {
		y = 1910
	} else if x == 1911 {
		y = 1911
	} else if x == 1912 {
		y = 1912
	} else if x == 1913 {
		y = 1913
	} else if x == 1914 {
		y = 1914
	} else if x == 1915 {
		y = 1915
	} else if x == 1916 {
		y = 1916
	} else if x == 1917 {
		y = 1917
	} else if x == 1918 {
		y = 1918
	} else if x == 1919 {
		y = 1919
	} else if x == 1920 {
		y = 1920
	} else if x == 1921 {
		y = 1921
	} else if x == 1922 {
		y = 1922
	} else if x == 1923 {
		y = 1923
	} else if x == 1924 {
		y = 1924
	} else if x == 1925 {
		y = 1925
	} else if x == 1926 {
		y = 1926
	} else if x == 1927 {
		y = 1927
	} else if x == 1928 {
		y = 1928
	} else if x == 1929 {
		y = 1929
	} else if x == 1930 {
		y = 1930
	} else if x == 1931 {
		y = 1931
	} else if x == 1932 {
		y = 1932
	} else if x == 1933 {
		y = 1933
	} else if x == 1934 {
		y = 1934
	} else if x == 1935 {
		y = 1935
	} else if x == 1936 {
		y = 1936
	} else if x == 1937 {
		y = 1937
	} else if x == 1938 {
		y = 1938
	} else if x == 1939 {
		y = 1939
	} else if x == 1940 {
		y = 1940
	} else if x == 1941 {
		y = 1941
	} else if x == 1942 {
		y = 1942
	} else if x == 1943 {
		y = 1943
	} else if x == 1944 {
		y = 1944
	} else if x == 1945 {
		y = 1945
	} else if x == 1946 {
		y = 1946
	} else if x == 1947 {
		y = 1947
	} else if x == 1948 {
		y = 1948
	} else if x == 1949 {
		y = 1949
	} else if x == 1950 {
		y = 1950
	} else if x == 1951 {
		y = 1951
	} else if x == 1952 {
		y = 1952
	} else if x == 1953 {
		y = 1953
	} else if x == 1954 {
		y = 1954
	} else if x == 1955 {
		y = 1955
	} else if x == 1956 {
		y = 1956
	} else if x == 1957 {
		y = 1957
	} else if x == 1958 {
		y = 1958
	} else if x == 1959 {
		y = 1959
	} else if x == 1960 {
		y = 1960
	} else if x == 1961 {
		y = 1961
	} else if x == 1962 {
		y = 1962
	} else if x == 1963 {
		y = 1963
	} else if x == 1964 {
		y = 1964
	} else if x == 1965 {
		y = 1965
	} else if x == 1966 {
		y = 1966
	} else if x == 1967 {
		y = 1967
	} else if x == 1968 {
		y = 1968
	} else if x == 1969 {
		y = 1969
	} else if x == 1970 {
		y = 1970
	} else if x == 1971 {
		y = 1971
	} else if x == 1972 {
		y = 1972
	} else if x == 1973 {
		y = 1973
	} else if x == 1974 {
		y = 1974
	} else if x == 1975 {
		y = 1975
	} else if x == 1976 {
		y = 1976
	} else if x == 1977 {
		y = 1977
	} else if x == 1978 {
		y = 1978
	} else if x == 1979 {
		y = 1979
	} else if x == 1980 {
		y = 1980
	} else if x == 1981 {
		y = 1981
	} else if x == 1982 {
		y = 1982
	} else if x == 1983 {
		y = 1983
	} else if x == 1984 {
		y = 1984
	} else if x == 1985 {
		y = 1985
	} else if x == 1986 {
		y = 1986
	} else if x == 1987 {
		y = 1987
	} else if x == 1988 {
		y = 1988
	} else if x == 1989 {
		y = 1989
	} else if x == 1990 {
		y = 1990
	} else if x == 1991 {
		y = 1991
	} else if x == 1992 {
		y = 1992
	} else if x == 1993 {
		y = 1993
	} else if x == 1994 {
		y = 1994
	} else if x == 1995 {
		y = 1995
	} else if x == 1996 {
		y = 1996
	} else if x == 1997 {
		y = 1997
	} else if x == 1998 {
		y = 1998
	} else if x == 1999 {
		y = 1999
	} else if x == 2000 {
		y = 2000
	} else if x == 2001 {
		y = 2001
	} else if x == 2002 {
		y = 2002
	} else if x == 2003 {
		y = 2003
	} else if x == 2004 {
		y = 2004
	} else if x == 2005 {
		y = 2005
	} else if x == 2006 {
		y = 2006
	} else if x == 2007 {
		y = 2007
	} else if x == 2008 {
		y = 2008
	} else if x == 2009 {
		y = 2009
	} else if x == 2010 {
		y = 2010
	} else if x == 2011 {
		y = 2011
	} else if x == 2012 {
		y = 2012
	} else if x == 2013 {
		y = 2013
	} else if x == 2014 {
		y = 2014
	} else if x == 2015 {
		y = 2015
	} else if x == 2016 {
		y = 2016
	} else if x == 2017 {
		y = 2017
	} else if x == 2018 {
		y = 2018
	} else if x == 2019 {
		y = 2019
	} else if x == 2020 {
		y = 2020
	} else if x == 2021 {
		y = 2021
	} else if x == 2022 {
		y = 2022
	} else if x == 2023 {
		y = 2023
	} else if x == 2024 {
		y = 2024
	} else if x == 2025 {
		y = 2025
	} else if x == 2026 {
		y = 2026
	} else if x == 2027 {
		y = 2027
	} else if x == 2028 {
		y = 2028
	} else if x == 2029 {
		y = 2029
	} else if x == 2030 {
		y = 2030
	} else if x == 2031 {
		y = 2031
	} else if x == 2032 {
		y = 2032
	} else if x == 2033 {
		y = 2033
	} else if x == 2034 {
		y = 2034
	} else if x == 2035 {
		y = 2035
	} else if x == 2036 {
		y = 2036
	} else if x == 2037 {
		y = 2037
	} else if x == 2038 {
		y = 2038
	} else if x == 2039 {
		y = 2039
	} else if x == 2040 {
		y = 2040
	} else if x == 2041 {
		y = 2041
	} else if x == 2042 {
		y = 2042
	} else if x == 2043 {
		y = 2043
	} else if x == 2044 {
		y = 2044
	} else if x == 2045 {
		y = 2045
	} else if x == 2046 {
		y = 2046
	} else if x == 2047 {
		y = 2047
	} else if x == 2048 {
		y = 2048
	} else if x == 2049 {
		y = 2049
	} else if x == 2050 {
		y = 2050
	} else if x == 2051 {
		y = 2051
	} else if x == 2052 {
		y = 2052
	} else if x == 2053 {
		y = 2053
	} else if x == 2054 {
		y = 2054
	} else if x == 2055 {
		y = 2055
	} else if x == 2056 {
		y = 2056
	} else if x == 2057 {
		y = 2057
	} else if x == 2058 {
		y = 2058
	} else if x == 2059 {
		y = 2059
	} else if x == 2060 {
		y = 2060
	} else if x == 2061 {
		y = 2061
	} else if x == 2062 {
		y = 2062
	} else if x == 2063 {
		y = 2063
	} else if x == 2064 {
		y = 2064
	} else if x == 2065 {
		y = 2065
	} else if x == 2066 {
		y = 2066
	} else if x == 2067 {
		y = 2067
	} else if x == 2068 {
		y = 2068
	} else if x == 2069 {
		y = 2069
	} else if x == 2070 {
		y = 2070
	} else if x == 2071 {
		y = 2071
	} else if x == 2072 {
		y = 2072
	} else if x == 2073 {
		y = 2073
	} else if x == 2074 {
		y = 2074
	} else if x == 2075 {
		y = 2075
	} else if x == 2076 {
		y = 2076
	} else if x == 2077 {
		y = 2077
	} else if x == 2078 {
		y = 2078
	} else if x == 2079 {
		y = 2079
	} else if x == 2080 {
		y = 2080
	} else if x == 2081 {
		y = 2081
	} else if x == 2082 {
		y = 2082
	} else if x == 2083 {
		y = 2083
	} else if x == 2084 {
		y = 2084
	} else if x == 2085 {
		y = 2085
	} else if x == 2086 {
		y = 2086
	} else if x == 2087 {
		y = 2087
	} else if x == 2088 {
		y = 2088
	} else if x == 2089 {
		y = 2089
	} else if x == 2090 {
		y = 2090
	} else if x == 2091 {
		y = 2091
	} else if x == 2092 {
		y = 2092
	} else if x == 2093 {
		y = 2093
	} else if x == 2094 {
		y = 2094
	} else if x == 2095 {
		y = 2095
	} else if x == 2096 {
		y = 2096
	} else if x == 2097 {
		y = 2097
	} else if x == 2098 {
		y = 2098
	} else if x == 2099 {
		y = 2099
	} else if x == 2100 {
		y = 2100
	} else if x == 2101 {
		y = 2101
	} else if x == 2102 {
		y = 2102
	} else if x == 2103 {
		y = 2103
	} else if x == 2104 {
		y = 2104
	} else if x == 2105 {
		y = 2105
	} else if x == 2106 {
		y = 2106
	} else if x == 2107 {
		y = 2107
	} else if x == 2108 {
		y = 2108
	} else if x == 2109 {
		y = 2109
	} else if x == 2110 {
		y = 2110
	} else if x == 2111 {
		y = 2111
	} else if x == 2112 {
		y = 2112
	} else if x == 2113 {
		y = 2113
	} else if x == 2114 {
		y = 2114
	} else if x == 2115 {
		y = 2115
	} else if x == 2116 {
		y = 2116
	} else if x == 2117 {
		y = 2117
	} else if x == 2118 {
		y = 2118
	} else if x == 2119 {
		y = 2119
	} else if x == 2120 {
		y = 2120
	} else if x == 2121 {
		y = 2121
	} else if x == 2122 {
		y = 2122
	} else if x == 2123 {
		y = 2123
	} else if x == 2124 {
		y = 2124
	} else if x == 2125 {
		y = 2125
	} else if x == 2126 {
		y = 2126
	} else if x == 2127 {
		y = 2127
	} else if x == 2128 {
		y = 2128
	} else if x == 2129 {
		y = 2129
	} else if x == 2130 {
		y = 2130
	} else if x == 2131 {
		y = 2131
	} else if x == 2132 {
		y = 2132
	} else if x == 2133 {
		y = 2133
	} else if x == 2134 {
		y = 2134
	} else if x == 2135 {
		y = 2135
	} else if x == 2136 {
		y = 2136
	} else if x == 2137 {
		y = 2137
	} else if x == 2138 {
		y = 2138
	} else if x == 2139 {
		y = 2139
	} else if x == 2140 {
		y = 2140
	} else if x == 2141 {
		y = 2141
	} else if x == 2142 {
		y = 2142
	} else if x == 2143 {
		y = 2143
	} else if x == 2144 {
		y = 2144
	} else if x == 2145 {
		y = 2145
	} else if x == 2146 {
		y = 2146
	} else if x == 2147 {
		y = 2147
	} else if x == 2148 {
		y = 2148
	} else if x == 2149 {
		y = 2149
	} else if x == 2150 {
		y = 2150
	} else if x == 2151 {
		y = 2151
	} else if x == 2152 {
		y = 2152
	} else if x == 2153 {
		y = 2153
	} else if x == 2154 {
		y = 2154
	} else if x == 2155 {
		y = 2155
	} else if x == 2156 {
		y = 2156
	} else if x == 2157 {
		y = 2157
	} else if x == 2158 {
		y = 2158
	} else if x == 2159 {
		y = 2159
	} else if x == 2160 {
		y = 2160
	} else if x == 2161 {
		y = 2161
	} else if x == 2162 {
		y = 2162
	} else if x == 2163 {
		y = 2163
	} else if x == 2164 {
		y = 2164
	} else if x == 2165 {
		y = 2165
	} else if x == 2166 {
		y = 2166
	} else if x == 2167 {
		y = 2167
	} else if x == 2168 {
		y = 2168
	} else if x == 2169 {
		y = 2169
	} else if x == 2170 {
		y = 2170
	} else if x == 2171 {
		y = 2171
	} else if x == 2172 {
		y = 2172
	} else if x == 2173 {
		y = 2173
	} else if x == 2174 {
		y = 2174
	} else if x == 2175 {
		y = 2175
	} else if x == 2176 {
		y = 2176
	} else if x == 2177 {
		y = 2177
	} else if x == 2178 {
		y = 2178
	} else if x == 2179 {
		y = 2179
	} else if x == 2180 {
		y = 2180
	} else if x == 2181 {
		y = 2181
	} else if x == 2182 {
		y = 2182
	} else if x == 2183 {
		y = 2183
	} else if x == 2184 {
		y = 2184
	} else if x == 2185 {
		y = 2185
	} else if x == 2186 {
		y = 2186
	} else if x == 2187 {
		y = 2187
	} else if x == 2188 {
		y = 2188
	} else if x == 2189 {
		y = 2189
	} else if x == 2190 {
		y = 2190
	} else if x == 2191 {
		y = 2191
	} else if x == 2192 {
		y = 2192
	} else if x == 2193 {
		y = 2193
	} else if x == 2194 {
		y = 2194
	} else if x == 2195 {
		y = 2195
	} else if x == 2196 {
		y = 2196
	} else if x == 2197 {
		y = 2197
	} else if x == 2198 {
		y = 2198
	} else if x == 2199 {
		y = 2199
	} else if x == 2200 {
		y = 2200
	} else if x == 2201 {
		y = 2201
	} else if x == 2202 {
		y = 2202
	} else if x == 2203 {
		y = 2203
	} else if x == 2204 {
		y = 2204
	} else if x == 2205 {
		y = 2205
	} else if x == 2206 {
		y = 2206
	} else if x == 2207 {
		y = 2207
	} else if x == 2208 {
		y = 2208
	} else if x == 2209 {
		y = 2209
	} else if x == 2210 {
		y = 2210
	} else if x == 2211 {
		y = 2211
	} else if x == 2212 {
		y = 2212
	} else if x == 2213 {
		y = 2213
	} else if x == 2214 {
		y = 2214
	} else if x == 2215 {
		y = 2215
	} else if x == 2216 {
		y = 2216
	} else if x == 2217 {
		y = 2217
	} else if x == 2218 {
		y = 2218
	} else if x == 2219 {
		y = 2219
	} else if x == 2220 {
		y = 2220
	} else if x == 2221 {
		y = 2221
	} else if x == 2222 {
		y = 2222
	} else if x == 2223 {
		y = 2223
	} else if x == 2224 {
		y = 2224
	} else if x == 2225 {
		y = 2225
	} else if x == 2226 {
		y = 2226
	} else if x == 2227 {
		y = 2227
	} else if x == 2228 {
		y = 2228
	} else if x == 2229 {
		y = 2229
	} else if x == 2230 {
		y = 2230
	} else if x == 2231 {
		y = 2231
	} else if x == 2232 {
		y = 2232
	} else if x == 2233 {
		y = 2233
	} else if x == 2234 {
		y = 2234
	} else if x == 2235 {
		y = 2235
	} else if x == 2236 {
		y = 2236
	} else if x == 2237 {
		y = 2237
	} else if x == 2238 {
		y = 2238
	} else if x == 2239 {
		y = 2239
	} else if x == 2240 {
		y = 2240
	} else if x == 2241 {
		y = 2241
	} else if x == 2242 {
		y = 2242
	} else if x == 2243 {
		y = 2243
	} else if x == 2244 {
		y = 2244
	} else if x == 2245 {
		y = 2245
	} else if x == 2246 {
		y = 2246
	} else if x == 2247 {
		y = 2247
	} else if x == 2248 {
		y = 2248
	} else if x == 2249 {
		y = 2249
	} else if x == 2250 {
		y = 2250
	} else if x == 2251 {
		y = 2251
	} else if x == 2252 {
		y = 2252
	} else if x == 2253 {
		y = 2253
	} else if x == 2254 {
		y = 2254
	} else if x == 2255 {
		y = 2255
	} else if x == 2256 {
		y = 2256
	} else if x == 2257 {
		y = 2257
	} else if x == 2258 {
		y = 2258
	} else if x == 2259 {
		y = 2259
	} else if x == 2260 {
		y = 2260
	} else if x == 2261 {
		y = 2261
	} else if x == 2262 {
		y = 2262
	} else if x == 2263 {
		y = 2263
	} else if x == 2264 {
		y = 2264
	} else if x == 2265 {
		y = 2265
	} else if x == 2266 {
		y = 2266
	} else if x == 2267 {
		y = 2267
	} else if x == 2268 {
		y = 2268
	} else if x == 2269 {
		y = 2269
	} else if x == 2270 {
		y = 2270
	} else if x == 2271 {
		y = 2271
	} else if x == 2272 {
		y = 2272
	} else if x == 2273 {
		y = 2273
	} else if x == 2274 {
		y = 2274
	} else if x == 2275 {
		y = 2275
	} else if x == 2276 {
		y = 2276
	} else if x == 2277 {
		y = 2277
	} else if x == 2278 {
		y = 2278
	} else if x == 2279 {
		y = 2279
	} else if x == 2280 {
		y = 2280
	} else if x == 2281 {
		y = 2281
	} else if x == 2282 {
		y = 2282
	} else if x == 2283 {
		y = 2283
	} else if x == 2284 {
		y = 2284
	} else if x == 2285 {
		y = 2285
	} else if x == 2286 {
		y = 2286
	} else if x == 2287 {
		y = 2287
	} else if x == 2288 {
		y = 2288
	} else if x == 2289 {
		y = 2289
	} else if x == 2290 {
		y = 2290
	} else if x == 2291 {
		y = 2291
	} else if x == 2292 {
		y = 2292
	} else if x == 2293 {
		y = 2293
	} else if x == 2294 {
		y = 2294
	} else if x == 2295 {
		y = 2295
	} else if x == 2296 {
		y = 2296
	} else if x == 2297 {
		y = 2297
	} else if x == 2298 {
		y = 2298
	} else if x == 2299 {
		y = 2299
	} else if x == 2300 {
		y = 2300
	} else if x == 2301 {
		y = 2301
	} else if x == 2302 {
		y = 2302
	} else if x == 2303 {
		y = 2303
	} else if x == 2304 {
		y = 2304
	} else if x == 2305 {
		y = 2305
	} else if x == 2306 {
		y = 2306
	} else if x == 2307 {
		y = 2307
	} else if x == 2308 {
		y = 2308
	} else if x == 2309 {
		y = 2309
	} else if x == 2310 {
		y = 2310
	} else if x == 2311 {
		y = 2311
	} else if x == 2312 {
		y = 2312
	} else if x == 2313 {
		y = 2313
	} else if x == 2314 {
		y = 2314
	} else if x == 2315 {
		y = 2315
	} else if x == 2316 {
		y = 2316
	} else if x == 2317 {
		y = 2317
	} else if x == 2318 {
		y = 2318
	} else if x == 2319 {
		y = 2319
	} else if x == 2320 {
		y = 2320
	} else if x == 2321 {
		y = 2321
	} else if x == 2322 {
		y = 2322
	} else if x == 2323 {
		y = 2323
	} else if x == 2324 {
		y = 2324
	} else if x == 2325 {
		y = 2325
	} else if x == 2326 {
		y = 2326
	} else if x == 2327 {
		y = 2327
	} else if x == 2328 {
		y = 2328
	} else if x == 2329 {
		y = 2329
	} else if x == 2330 {
		y = 2330
	} else if x == 2331 {
		y = 2331
	} else if x == 2332 {
		y = 2332
	} else if x == 2333 {
		y = 2333
	} else if x == 2334 {
		y = 2334
	} else if x == 2335 {
		y = 2335
	} else if x == 2336 {
		y = 2336
	} else if x == 2337 {
		y = 2337
	} else if x == 2338 {
		y = 2338
	} else if x == 2339 {
		y = 2339
	} else if x == 2340 {
		y = 2340
	} else if x == 2341 {
		y = 2341
	} else if x == 2342 {
		y = 2342
	} else if x == 2343 {
		y = 2343
	} else if x == 2344 {
		y = 2344
	} else if x == 2345 {
		y = 2345
	} else if x == 2346 {
		y = 2346
	} else if x == 2347 {
		y = 2347
	} else if x == 2348 {
		y = 2348
	} else if x == 2349 {
		y = 2349
	} else if x == 2350 {
		y = 2350
	} else if x == 2351 {
		y = 2351
	} else if x == 2352 {
		y = 2352
	} else if x == 2353 {
		y = 2353
	} else if x == 2354 {
		y = 2354
	} else if x == 2355 {
		y = 2355
	} else if x == 2356 {
		y = 2356
	} else if x == 2357 {
		y = 2357
	} else if x == 2358 {
		y = 2358
	} else if x == 2359 {
		y = 2359
	} else if x == 2360 {
		y = 2360
	} else if x == 2361 {
		y = 2361
	} else if x == 2362 {
		y = 2362
	} else if x == 2363 {
		y = 2363
	} else if x == 2364 {
		y = 2364
	} else if x == 2365 {
		y = 2365
	} else if x == 2366 {
		y = 2366
	} else if x == 2367 {
		y = 2367
	} else if x == 2368 {
		y = 2368
	} else if x == 2369 {
		y = 2369
	} else if x == 2370 {
		y = 2370
	} else if x == 2371 {
		y = 2371
	} else if x == 2372 {
		y = 2372
	} else if x == 2373 {
		y = 2373
	} else if x == 2374 {
		y = 2374
	} else if x == 2375 {
		y = 2375
	} else if x == 2376 {
		y = 2376
	} else if x == 2377 {
		y = 2377
	} else if x == 2378 {
		y = 2378
	} else if x == 2379 {
		y = 2379
	} else if x == 2380 {
		y = 2380
	} else if x == 2381 {
		y = 2381
	} else if x == 2382 {
		y = 2382
	} else if x == 2383 {
		y = 2383
	} else if x == 2384 {
		y = 2384
	} else if x == 2385 {
		y = 2385
	} else if x == 2386 {
		y = 2386
	} else if x == 2387 {
		y = 2387
	} else if x == 2388 {
		y = 2388
	} else if x == 2389 {
		y = 2389
	} else if x == 2390 {
		y = 2390
	} else if x == 2391 {
		y = 2391
	} else if x == 2392 {
		y = 2392
	} else if x == 2393 {
		y = 2393
	} else if x == 2394 {
		y = 2394
	} else if x == 2395 {
		y = 2395
	} else if x == 2396 {
		y = 2396
	} else if x == 2397 {
		y = 2397
	} else if x == 2398 {
		y = 2398
	} else if x == 2399 {
		y = 2399
	} else if x == 2400 {
		y = 2400
	} else if x == 2401 {
		y = 2401
	} else if x == 2402 {
		y = 2402
	} else if x == 2403 {
		y = 2403
	} else if x == 2404 {
		y = 2404
	} else if x == 2405 {
		y = 2405
	} else if x == 2406 {
		y = 2406
	} else if x == 2407 {
		y = 2407
	} else if x == 2408 {
		y = 2408
	} else if x == 2409 {
		y = 2409
	} else if x == 2410 {
		y = 2410
	} else if x == 2411 {
		y = 2411
	} else if x == 2412 {
		y = 2412
	} else if x == 2413 {
		y = 2413
	} else if x == 2414 {
		y = 2414
	} else if x == 2415 {
		y = 2415
	} else if x == 2416 {
		y = 2416
	} else if x == 2417 {
		y = 2417
	} else if x == 2418 {
		y = 2418
	} else if x == 2419 {
		y = 2419
	} else if x == 2420 {
		y = 2420
	} else if x == 2421 {
		y = 2421
	} else if x == 2422 {
		y = 2422
	} else if x == 2423 {
		y = 2423
	} else if x == 2424 {
		y = 2424
	} else if x == 2425 {
		y = 2425
	} else if x == 2426 {
		y = 2426
	} else if x == 2427 {
		y = 2427
	} else if x == 2428 {
		y = 2428
	} else if x == 2429 {
		y = 2429
	} else if x == 2430 {
		y = 2430
	} else if x == 2431 {
		y = 2431
	} else if x == 2432 {
		y = 2432
	} else if x == 2433 {
		y = 2433
	} else if x == 2434 {
		y = 2434
	} else if x == 2435 {
		y = 2435
	} else if x == 2436 {
		y = 2436
	} else if x == 2437 {
		y = 2437
	} else if x == 2438 {
		y = 2438
	} else if x == 2439 {
		y = 2439
	} else if x == 2440 {
		y = 2440
	} else if x == 2441 {
		y = 2441
	} else if x == 2442 {
		y = 2442
	} else if x == 2443 {
		y = 2443
	} else if x == 2444 {
		y = 2444
	} else if x == 2445 {
		y = 2445
	} else if x == 2446 {
		y = 2446
	} else if x == 2447 {
		y = 2447
	} else if x == 2448 {
		y = 2448
	} else if x == 2449 {
		y = 2449
	} else if x == 2450 {
		y = 2450
	} else if x == 2451 {
		y = 2451
	} else if x == 2452 {
		y = 2452
	} else if x == 2453 {
		y = 2453
	} else if x == 2454 {
		y = 2454
	} else if x == 2455 {
		y = 2455
	} else if x == 2456 {
		y = 2456
	} else if x == 2457 {
		y = 2457
	} else if x == 2458 {
		y = 2458
	} else if x == 2459 {
		y = 2459
	} else if x == 2460 {
		y = 2460
	} else if x == 2461 {
		y = 2461
	} else if x == 2462 {
		y = 2462
	} else if x == 2463 {
		y = 2463
	} else if x == 2464 {
		y = 2464
	} else if x == 2465 {
		y = 2465
	} else if x == 2466 {
		y = 2466
	} else if x == 2467 {
		y = 2467
	} else if x == 2468 {
		y = 2468
	} else if x == 2469 {
		y = 2469
	} else if x == 2470 {
		y = 2470
	} else if x == 2471 {
		y = 2471
	} else if x == 2472 {
		y = 2472
	} else if x == 2473 {
		y = 2473
	} else if x == 2474 {
		y = 2474
	} else if x == 2475 {
		y = 2475
	} else if x == 2476 {
		y = 2476
	} else if x == 2477 {
		y = 2477
	} else if x == 2478 {
		y = 2478
	} else if x == 2479 {
		y = 2479
	} else if x == 2480 {
		y = 2480
	} else if x == 2481 {
		y = 2481
	} else if x == 2482 {
		y = 2482
	} else if x == 2483 {
		y = 2483
	} else if x == 2484 {
		y = 2484
	} else if x == 2485 {
		y = 2485
	} else if x == 2486 {
		y = 2486
	} else if x == 2487 {
		y = 2487
	} else if x == 2488 {
		y = 2488
	} else if x == 2489 {
		y = 2489
	} else if x == 2490 {
		y = 2490
	} else if x == 2491 {
		y = 2491
	} else if x == 2492 {
		y = 2492
	} else if x == 2493 {
		y = 2493
	} else if x == 2494 {
		y = 2494
	} else if x == 2495 {
		y = 2495
	} else if x == 2496 {
		y = 2496
	} else if x == 2497 {
		y = 2497
	} else if x == 2498 {
		y = 2498
	} else if x == 2499 {
		y = 2499
	} else if x == 2500 {
		y = 2500
	} else if x == 2501 {
		y = 2501
	} else if x == 2502 {
		y = 2502
	} else if x == 2503 {
		y = 2503
	} else if x == 2504 {
		y = 2504
	} else if x == 2505 {
		y = 2505
	} else if x == 2506 {
		y = 2506
	} else if x == 2507 {
		y = 2507
	} else if x == 2508 {
		y = 2508
	} else if x == 2509 {
		y = 2509
	} else if x == 2510 {
		y = 2510
	} else if x == 2511 {
		y = 2511
	} else if x == 2512 {
		y = 2512
	} else if x == 2513 {
		y = 2513
	} else if x == 2514 {
		y = 2514
	} else if x == 2515 {
		y = 2515
	} else if x == 2516 {
		y = 2516
	} else if x == 2517 {
		y = 2517
	} else if x == 2518 {
		y = 2518
	} else if x == 2519 {
		y = 2519
	} else if x == 2520 {
		y = 2520
	} else if x == 2521 {
		y = 2521
	} else if x == 2522 {
		y = 2522
	} else if x == 2523 {
		y = 2523
	} else if x == 2524 {
		y = 2524
	} else if x == 2525 {
		y = 2525
	} else if x == 2526 {
		y = 2526
	} else if x == 2527 {
		y = 2527
	} else if x == 2528 {
		y = 2528
	} else if x == 2529 {
		y = 2529
	} else if x == 2530 {
		y = 2530
	} else if x == 2531 {
		y = 2531
	} else if x == 2532 {
		y = 2532
	} else if x == 2533 {
		y = 2533
	} else if x == 2534 {
		y = 2534
	} else if x == 2535 {
		y = 2535
	} else if x == 2536 {
		y = 2536
	} else if x == 2537 {
		y = 2537
	} else if x == 2538 {
		y = 2538
	} else if x == 2539 {
		y = 2539
	} else if x == 2540 {
		y = 2540
	} else if x == 2541 {
		y = 2541
	} else if x == 2542 {
		y = 2542
	} else if x == 2543 {
		y = 2543
	} else if x == 2544 {
		y = 2544
	} else if x == 2545 {
		y = 2545
	} else if x == 2546 {
		y = 2546
	} else if x == 2547 {
		y = 2547
	} else if x == 2548 {
		y = 2548
	} else if x == 2549 {
		y = 2549
	} else if x == 2550 {
		y = 2550
	} else if x == 2551 {
		y = 2551
	} else if x == 2552 {
		y = 2552
	} else if x == 2553 {
		y = 2553
	} else if x == 2554 {
		y = 2554
	} else if x == 2555 {
		y = 2555
	} else if x == 2556 {
		y = 2556
	} else if x == 2557 {
		y = 2557
	} else if x == 2558 {
		y = 2558
	} else if x == 2559 {
		y = 2559
	} else if x == 2560 {
		y = 2560
	} else if x == 2561 {
		y = 2561
	} else if x == 2562 {
		y = 2562
	} else if x == 2563 {
		y = 2563
	} else if x == 2564 {
		y = 2564
	} else if x == 2565 {
		y = 2565
	} else if x == 2566 {
		y = 2566
	} else if x == 2567 {
		y = 2567
	} else if x == 2568 {
		y = 2568
	} else if x == 2569 {
		y = 2569
	} else if x == 2570 {
		y = 2570
	} else if x == 2571 {
		y = 2571
	} else if x == 2572 {
		y = 2572
	} else if x == 2573 {
		y = 2573
	} else if x == 2574 {
		y = 2574
	} else if x == 2575 {
		y = 2575
	} else if x == 2576 {
		y = 2576
	} else if x == 2577 {
		y = 2577
	} else if x == 2578 {
		y = 2578
	} else if x == 2579 {
		y = 2579
	} else if x == 2580 {
		y = 2580
	} else if x == 2581 {
		y = 2581
	} else if x == 2582 {
		y = 2582
	} else if x == 2583 {
		y = 2583
	} else if x == 2584 {
		y = 2584
	} else if x == 2585 {
		y = 2585
	} else if x == 2586 {
		y = 2586
	} else if x == 2587 {
		y = 2587
	} else if x == 2588 {
		y = 2588
	} else if x == 2589 {
		y = 2589
	} else if x == 2590 {
		y = 2590
	} else if x == 2591 {
		y = 2591
	} else if x == 2592 {
		y = 2592
	} else if x == 2593 {
		y = 2593
	} else if x == 2594 {
		y = 2594
	} else if x == 2595 {
		y = 2595
	} else if x == 2596 {
		y = 2596
	} else if x == 2597 {
		y = 2597
	} else if x == 2598 {
		y = 2598
	} else if x == 2599 {
		y = 2599
	} else if x == 2600 {
		y = 2600
	} else if x == 2601 {
		y = 2601
	} else if x == 2602 {
		y = 2602
	} else if x == 2603 {
		y = 2603
	} else if x == 2604 {
		y = 2604
	} else if x == 2605 {
		y = 2605
	} else if x == 2606 {
		y = 2606
	} else if x == 2607 {
		y = 2607
	} else if x == 2608 {
		y = 2608
	} else if x == 2609 {
		y = 2609
	} else if x == 2610 {
		y = 2610
	} else if x == 2611 {
		y = 2611
	} else if x == 2612 {
		y = 2612
	} else if x == 2613 {
		y = 2613
	} else if x == 2614 {
		y = 2614
	} else if x == 2615 {
		y = 2615
	} else if x == 2616 {
		y = 2616
	} else if x == 2617 {
		y = 2617
	} else if x == 2618 {
		y = 2618
	} else if x == 2619 {
		y = 2619
	} else if x == 2620 {
		y = 2620
	} else if x == 2621 {
		y = 2621
	} else if x == 2622 {
		y = 2622
	} else if x == 2623 {
		y = 2623
	} else if x == 2624 {
		y = 2624
	} else if x == 2625 {
		y = 2625
	} else if x == 2626 {
		y = 2626
	} else if x == 2627 {
		y = 2627
	} else if x == 2628 {
		y = 2628
	} else if x == 2629 {
		y = 2629
	} else if x == 2630 {
		y = 2630
	} else if x == 2631 {
		y = 2631
	} else if x == 2632 {
		y = 2632
	} else if x == 2633 {
		y = 2633
	} else if x == 2634 {
		y = 2634
	} else if x == 2635 {
		y = 2635
	} else if x == 2636 {
		y = 2636
	} else if x == 2637 {
		y = 2637
	} else if x == 2638 {
		y = 2638
	} else if x == 2639 {
		y = 2639
	} else if x == 2640 {
		y = 2640
	} else if x == 2641 {
		y = 2641
	} else if x == 2642 {
		y = 2642
	} else if x == 2643 {
		y = 2643
	} else if x == 2644 {
		y = 2644
	} else if x == 2645 {
		y = 2645
	} else if x == 2646 {
		y = 2646
	} else if x == 2647 {
		y = 2647
	} else if x == 2648 {
		y = 2648
	} else if x == 2649 {
		y = 2649
	} else if x == 2650 {
		y = 2650
	} else if x == 2651 {
		y = 2651
	} else if x == 2652 {
		y = 2652
	} else if x == 2653 {
		y = 2653
	} else if x == 2654 {
		y = 2654
	} else if x == 2655 {
		y = 2655
	} else if x == 2656 {
		y = 2656
	} else if x == 2657 {
		y = 2657
	} else if x == 2658 {
		y = 2658
	} else if x == 2659 {
		y = 2659
	} else if x == 2660 {
		y = 2660
	} else if x == 2661 {
		y = 2661
	} else if x == 2662 {
		y = 2662
	} else if x == 2663 {
		y = 2663
	} else if x == 2664 {
		y = 2664
	} else if x == 2665 {
		y = 2665
	} else if x == 2666 {
		y = 2666
	} else if x == 2667 {
		y = 2667
	} else if x == 2668 {
		y = 2668
	} else if x == 2669 {
		y = 2669
	} else if x == 2670 {
		y = 2670
	} else if x == 2671 {
		y = 2671
	} else if x == 2672 {
		y = 2672
	} else if x == 2673 {
		y = 2673
	} else if x == 2674 {
		y = 2674
	} else if x == 2675 {
		y = 2675
	} else if x == 2676 {
		y = 2676
	} else if x == 2677 {
		y = 2677
	} else if x == 2678 {
		y = 2678
	} else if x == 2679 {
		y = 2679
	} else if x == 2680 {
		y = 2680
	} else if x == 2681 {
		y = 2681
	} else if x == 2682 {
		y = 2682
	} else if x == 2683 {
		y = 2683
	} else if x == 2684 {
		y = 2684
	} else if x == 2685 {
		y = 2685
	} else if x == 2686 {
		y = 2686
	} else if x == 2687 {
		y = 2687
	} else if x == 2688 {
		y = 2688
	} else if x == 2689 {
		y = 2689
	} else if x == 2690 {
		y = 2690
	} else if x == 2691 {
		y = 2691
	} else if x == 2692 {
		y = 2692
	} else if x == 2693 {
		y = 2693
	} else if x == 2694 {
		y = 2694
	} else if x == 2695 {
		y = 2695
	} else if x == 2696 {
		y = 2696
	} else if x == 2697 {
		y = 2697
	} else if x == 2698 {
		y = 2698
	} else if x == 2699 {
		y = 2699
	} else if x == 2700 {
		y = 2700
	} else if x == 2701 {
		y = 2701
	} else if x == 2702 {
		y = 2702
	} else if x == 2703 {
		y = 2703
	} else if x == 2704 {
		y = 2704
	} else if x == 2705 {
		y = 2705
	} else if x == 2706 {
		y = 2706
	} else if x == 2707 {
		y = 2707
	} else if x == 2708 {
		y = 2708
	} else if x == 2709 {
		y = 2709
	} else if x == 2710 {
		y = 2710
	} else if x == 2711 {
		y = 2711
	} else if x == 2712 {
		y = 2712
	} else if x == 2713 {
		y = 2713
	} else if x == 2714 {
		y = 2714
	} else if x == 2715 {
		y = 2715
	} else if x == 2716 {
		y = 2716
	} else if x == 2717 {
		y = 2717
	} else if x == 2718 {
		y = 2718
	} else if x == 2719 {
		y = 2719
	} else if x == 2720 {
		y = 2720
	} else if x == 2721 {
		y = 2721
	} else if x == 2722 {
		y = 2722
	} else if x == 2723 {
		y = 2723
	} else if x == 2724 {
		y = 2724
	} else if x == 2725 {
		y = 2725
	} else if x == 2726 {
		y = 2726
	} else if x == 2727 {
		y = 2727
	} else if x == 2728 {
		y = 2728
	} else if x == 2729 {
		y = 2729
	} else if x == 2730 {
		y = 2730
	} else if x == 2731 {
		y = 2731
	} else if x == 2732 {
		y = 2732
	} else if x == 2733 {
		y = 2733
	} else if x == 2734 {
		y = 2734
	} else if x == 2735 {
		y = 2735
	} else if x == 2736 {
		y = 2736
	} else if x == 2737 {
		y = 2737
	} else if x == 2738 {
		y = 2738
	} else if x == 2739 {
		y = 2739
	} else if x == 2740 {
		y = 2740
	} else if x == 2741 {
		y = 2741
	} else if x == 2742 {
		y = 2742
	} else if x == 2743 {
		y = 2743
	} else if x == 2744 {
		y = 2744
	} else if x == 2745 {
		y = 2745
	} else if x == 2746 {
		y = 2746
	} else if x == 2747 {
		y = 2747
	} else if x == 2748 {
		y = 2748
	} else if x == 2749 {
		y = 2749
	} else if x == 2750 {
		y = 2750
	} else if x == 2751 {
		y = 2751
	} else if x == 2752 {
		y = 2752
	} else if x == 2753 {
		y = 2753
	} else if x == 2754 {
		y = 2754
	} else if x == 2755 {
		y = 2755
	} else if x == 2756 {
		y = 2756
	} else if x == 2757 {
		y = 2757
	} else if x == 2758 {
		y = 2758
	} else if x == 2759 {
		y = 2759
	} else if x == 2760 {
		y = 2760
	} else if x == 2761 {
		y = 2761
	} else if x == 2762 {
		y = 2762
	} else if x == 2763 {
		y = 2763
	} else if x == 2764 {
		y = 2764
	} else if x == 2765 {
		y = 2765
	} else if x == 2766 {
		y = 2766
	} else if x == 2767 {
		y = 2767
	} else if x == 2768 {
		y = 2768
	} else if x == 2769 {
		y = 2769
	} else if x == 2770 {
		y = 2770
	} else if x == 2771 {
		y = 2771
	} else if x == 2772 {
		y = 2772
	} else if x == 2773 {
		y = 2773
	} else if x == 2774 {
		y = 2774
	} else if x == 2775 {
		y = 2775
	} else if x == 2776 {
		y = 2776
	} else if x == 2777 {
		y = 2777
	} else if x == 2778 {
		y = 2778
	} else if x == 2779 {
		y = 2779
	} else if x == 2780 {
		y = 2780
	} else if x == 2781 {
		y = 2781
	} else if x == 2782 {
		y = 2782
	} else if x == 2783 {
		y = 2783
	} else if x == 2784 {
		y = 2784
	} else if x == 2785 {
		y = 2785
	} else if x == 2786 {
		y = 2786
	} else if x == 2787 {
		y = 2787
	} else if x == 2788 {
		y = 2788
	} else if x == 2789 {
		y = 2789
	} else if x == 2790 {
		y = 2790
	} else if x == 2791 {
		y = 2791
	} else if x == 2792 {
		y = 2792
	} else if x == 2793 {
		y = 2793
	} else if x == 2794 {
		y = 2794
	} else if x == 2795 {
		y = 2795
	} else if x == 2796 {
		y = 2796
	} else if x == 2797 {
		y = 2797
	} else if x == 2798 {
		y = 2798
	} else if x == 2799 {
		y = 2799
	} else if x == 2800 {
		y = 2800
	} else if x == 2801 {
		y = 2801
	} else if x == 2802 {
		y = 2802
	} else if x == 2803 {
		y = 2803
	} else if x == 2804 {
		y = 2804
	} else if x == 2805 {
		y = 2805
	} else if x == 2806 {
		y = 2806
	} else if x == 2807 {
		y = 2807
	} else if x == 2808 {
		y = 2808
	} else if x == 2809 {
		y = 2809
	} else if x == 2810 {
		y = 2810
	} else if x == 2811 {
		y = 2811
	} else if x == 2812 {
		y = 2812
	} else if x == 2813 {
		y = 2813
	} else if x == 2814 {
		y = 2814
	} else if x == 2815 {
		y = 2815
	} else if x == 2816 {
		y = 2816
	} else if x == 2817 {
		y = 2817
	} else if x == 2818 {
		y = 2818
	} else if x == 2819 {
		y = 2819
	} else if x == 2820 {
		y = 2820
	} else if x == 2821 {
		y = 2821
	} else if x == 2822 {
		y = 2822
	} else if x == 2823 {
		y = 2823
	} else if x == 2824 {
		y = 2824
	} else if x == 2825 {
		y = 2825
	} else if x == 2826 {
		y = 2826
	} else if x == 2827 {
		y = 2827
	} else if x == 2828 {
		y = 2828
	} else if x == 2829 {
		y = 2829
	} else if x == 2830 {
		y = 2830
	} else if x == 2831 {
		y = 2831
	} else if x == 2832 {
		y = 2832
	} else if x == 2833 {
		y = 2833
	} else if x == 2834 {
		y = 2834
	} else if x == 2835 {
		y = 2835
	} else if x == 2836 {
		y = 2836
	} else if x == 2837 {
		y = 2837
	} else if x == 2838 {
		y = 2838
	} else if x == 2839 {
		y = 2839
	} else if x == 2840 {
		y = 2840
	} else if x == 2841 {
		y = 2841
	} else if x == 2842 {
		y = 2842
	} else if x == 2843 {
		y = 2843
	} else if x == 2844 {
		y = 2844
	} else if x == 2845 {
		y = 2845
	} else if x == 2846 {
		y = 2846
	} else if x == 2847 {
		y = 2847
	} else if x == 2848 {
		y = 2848
	} else if x == 2849 {
		y = 2849
	} else if x == 2850 {
		y = 2850
	} else if x == 2851 {
		y = 2851
	} else if x == 2852 {
		y = 2852
	} else if x == 2853 {
		y = 2853
	} else if x == 2854 {
		y = 2854
	} else if x == 2855 {
		y = 2855
	} else if x == 2856 {
		y = 2856
	} else if x == 2857 {
		y = 2857
	} else if x == 2858 {
		y = 2858
	} else if x == 2859 {
		y = 2859
	} else if x == 2860 {
		y = 2860
	} else if x == 2861 {
		y = 2861
	} else if x == 2862 {
		y = 2862
	} else if x == 2863 {
		y = 2863
	} else if x == 2864 {
		y = 2864
	} else if x == 2865 {
		y = 2865
	} else if x == 2866 {
		y = 2866
	} else if x == 2867 {
		y = 2867
	} else if x == 2868 {
		y = 2868
	} else if x == 2869 {
		y = 2869
	} else if x == 2870 {
		y = 2870
	} else if x == 2871 {
		y = 2871
	} else if x == 2872 {
		y = 2872
	} else if x == 2873 {
		y = 2873
	} else if x == 2874 {
		y = 2874
	} else if x == 2875 {
		y = 2875
	} else if x == 2876 {
		y = 2876
	} else if x == 2877 {
		y = 2877
	} else if x == 2878 {
		y = 2878
	} else if x == 2879 {
		y = 2879
	} else if x == 2880 {
		y = 2880
	} else if x == 2881 {
		y = 2881
	} else if x == 2882 {
		y = 2882
	} else if x == 2883 {
		y = 2883
	} else if x == 2884 {
		y = 2884
	} else if x == 2885 {
		y = 2885
	} else if x == 2886 {
		y = 2886
	} else if x == 2887 {
		y = 2887
	} else if x == 2888 {
		y = 2888
	} else if x == 2889 {
		y = 2889
	} else if x == 2890 {
		y = 2890
	} else if x == 2891 {
		y = 2891
	} else if x == 2892 {
		y = 2892
	} else if x == 2893 {
		y = 2893
	} else if x == 2894 {
		y = 2894
	} else if x == 2895 {
		y = 2895
	} else if x == 2896 {
		y = 2896
	} else if x == 2897 {
		y = 2897
	} else if x == 2898 {
		y = 2898
	} else if x == 2899 {
		y = 2899
	} else if x == 2900 {
		y = 2900
	} else if x == 2901 {
		y = 2901
	} else if x == 2902 {
		y = 2902
	} else if x == 2903 {
		y = 2903
	} else if x == 2904 {
		y = 2904
	} else if x == 2905 {
		y = 2905
	} else if x == 2906 {
		y = 2906
	} else if x == 2907 {
		y = 2907
	} else if x == 2908 {
		y = 2908
	} else if x == 2909 {
		y = 2909
	} else if x == 2910 {
		y = 2910
	} else if x == 2911 {
		y = 2911
	} else if x == 2912 {
		y = 2912
	} else if x == 2913 {
		y = 2913
	} else if x == 2914 {
		y = 2914
	} else if x == 2915 {
		y = 2915
	} else if x == 2916 {
		y = 2916
	} else if x == 2917 {
		y = 2917
	} else if x == 2918 {
		y = 2918
	} else if x == 2919 {
		y = 2919
	} else if x == 2920 {
		y = 2920
	} else if x == 2921 {
		y = 2921
	} else if x == 2922 {
		y = 2922
	} else if x == 2923 {
		y = 2923
	} else if x == 2924 {
		y = 2924
	} else if x == 2925 {
		y = 2925
	} else if x == 2926 {
		y = 2926
	} else if x == 2927 {
		y = 2927
	} else if x == 2928 {
		y = 2928
	} else if x == 2929 {
		y = 2929
	} else if x == 2930 {
		y = 2930
	} else if x == 2931 {
		y = 2931
	} else if x == 2932 {
		y = 2932
	} else if x == 2933 {
		y = 2933
	} else if x == 2934 {
		y = 2934
	} else if x == 2935 {
		y = 2935
	} else if x == 2936 {
		y = 2936
	} else if x == 2937 {
		y = 2937
	} else if x == 2938 {
		y = 2938
	} else if x == 2939 {
		y = 2939
	} else if x == 2940 {
		y = 2940
	} else if x == 2941 {
		y = 2941
	} else if x == 2942 {
		y = 2942
	} else if x == 2943 {
		y = 2943
	} else if x == 2944 {
		y = 2944
	} else if x == 2945 {
		y = 2945
	} else if x == 2946 {
		y = 2946
	} else if x == 2947 {
		y = 2947
	} else if x == 2948 {
		y = 2948
	} else if x == 2949 {
		y = 2949
	} else if x == 2950 {
		y = 2950
	} else if x == 2951 {
		y = 2951
	} else if x == 2952 {
		y = 2952
	} else if x == 2953 {
		y = 2953
	} else if x == 2954 {
		y = 2954
	} else if x == 2955 {
		y = 2955
	} else if x == 2956 {
		y = 2956
	} else if x == 2957 {
		y = 2957
	} else if x == 2958 {
		y = 2958
	} else if x == 2959 {
		y = 2959
	} else if x == 2960 {
		y = 2960
	} else if x == 2961 {
		y = 2961
	} else if x == 2962 {
		y = 2962
	} else if x == 2963 {
		y = 2963
	} else if x == 2964 {
		y = 2964
	} else if x == 2965 {
		y = 2965
	} else if x == 2966 {
		y = 2966
	} else if x == 2967 {
		y = 2967
	} else if x == 2968 {
		y = 2968
	} else if x == 2969 {
		y = 2969
	} else if x == 2970 {
		y = 2970
	} else if x == 2971 {
		y = 2971
	} else if x == 2972 {
		y = 2972
	} else if x == 2973 {
		y = 2973
	} else if x == 2974 {
		y = 2974
	} else if x == 2975 {
		y = 2975
	} else if x == 2976 {
		y = 2976
	} else if x == 2977 {
		y = 2977
	} else if x == 2978 {
		y = 2978
	} else if x == 2979 {
		y = 2979
	} else if x == 2980 {
		y = 2980
	} else if x == 2981 {
		y = 2981
	} else if x == 2982 {
		y = 2982
	} else if x == 2983 {
		y = 2983
	} else if x == 2984 {
		y = 2984
	} else if x == 2985 {
		y = 2985
	} else if x == 2986 {
		y = 2986
	} else if x == 2987 {
		y = 2987
	} else if x == 2988 {
		y = 2988
	} else if x == 2989 {
		y = 2989
	} else if x == 2990 {
		y = 2990
	} else if x == 2991 {
		y = 2991
	} else if x == 2992 {
		y = 2992
	} else if x == 2993 {
		y = 2993
	} else if x == 2994 {
		y = 2994
	} else if x == 2995 {
		y = 2995
	} else if x == 2996 {
		y = 2996
	} else if x == 2997 {
		y = 2997
	} else if x == 2998 {
		y = 2998
	} else if x == 2999 {
		y = 2999
	} else if x == 3000 {
		y = 3000
	} else if x == 3001 {
		y = 3001
	} else if x == 3002 {
		y = 3002
	} else if x == 3003 {
		y = 3003
	} else if x == 3004 {
		y = 3004
	} else if x == 3005 {
		y = 3005
	} else if x == 3006 {
		y = 3006
	} else if x == 3007 {
		y = 3007
	} else if x == 3008 {
		y = 3008
	} else if x == 3009 {
		y = 3009
	} else if x == 3010 {
		y = 3010
	} else if x == 3011 {
		y = 3011
	} else if x == 3012 {
		y = 3012
	} else if x == 3013 {
		y = 3013
	} else if x == 3014 {
		y = 3014
	} else if x == 3015 {
		y = 3015
	} else if x == 3016 {
		y = 3016
	} else if x == 3017 {
		y = 3017
	} else if x == 3018 {
		y = 3018
	} else if x == 3019 {
		y = 3019
	} else if x == 3020 {
		y = 3020
	} else if x == 3021 {
		y = 3021
	} else if x == 3022 {
		y = 3022
	} else if x == 3023 {
		y = 3023
	} else if x == 3024 {
		y = 3024
	} else if x == 3025 {
		y = 3025
	} else if x == 3026 {
		y = 3026
	} else if x == 3027 {
		y = 3027
	} else if x == 3028 {
		y = 3028
	} else if x == 3029 {
		y = 3029
	} else if x == 3030 {
		y = 3030
	} else if x == 3031 {
		y = 3031
	} else if x == 3032 {
		y = 3032
	} else if x == 3033 {
		y = 3033
	} else if x == 3034 {
		y = 3034
	} else if x == 3035 {
		y = 3035
	} else if x == 3036 {
		y = 3036
	} else if x == 3037 {
		y = 3037
	} else if x == 3038 {
		y = 3038
	} else if x == 3039 {
		y = 3039
	} else if x == 3040 {
		y = 3040
	} else if x == 3041 {
		y = 3041
	} else if x == 3042 {
		y = 3042
	} else if x == 3043 {
		y = 3043
	} else if x == 3044 {
		y = 3044
	} else if x == 3045 {
		y = 3045
	} else if x == 3046 {
		y = 3046
	} else if x == 3047 {
		y = 3047
	} else if x == 3048 {
		y = 3048
	} else if x == 3049 {
		y = 3049
	} else if x == 3050 {
		y = 3050
	} else if x == 3051 {
		y = 3051
	} else if x == 3052 {
		y = 3052
	} else if x == 3053 {
		y = 3053
	} else if x == 3054 {
		y = 3054
	} else if x == 3055 {
		y = 3055
	} else if x == 3056 {
		y = 3056
	} else if x == 3057 {
		y = 3057
	} else if x == 3058 {
		y = 3058
	} else if x == 3059 {
		y = 3059
	} else if x == 3060 {
		y = 3060
	} else if x == 3061 {
		y = 3061
	} else if x == 3062 {
		y = 3062
	} else if x == 3063 {
		y = 3063
	} else if x == 3064 {
		y = 3064
	} else if x == 3065 {
		y = 3065
	} else if x == 3066 {
		y = 3066
	} else if x == 3067 {
		y = 3067
	} else if x == 3068 {
		y = 3068
	} else if x == 3069 {
		y = 3069
	} else if x == 3070 {
		y = 3070
	} else if x == 3071 {
		y = 3071
	} else if x == 3072 {
		y = 3072
	} else if x == 3073 {
		y = 3073
	} else if x == 3074 {
		y = 3074
	} else if x == 3075 {
		y = 3075
	} else if x == 3076 {
		y = 3076
	} else if x == 3077 {
		y = 3077
	} else if x == 3078 {
		y = 3078
	} else if x == 3079 {
		y = 3079
	} else if x == 3080 {
		y = 3080
	} else if x == 3081 {
		y = 3081
	} else if x == 3082 {
		y = 3082
	} else if x == 3083 {
		y = 3083
	} else if x == 3084 {
		y = 3084
	} else if x == 3085 {
		y = 3085
	} else if x == 3086 {
		y = 3086
	} else if x == 3087 {
		y = 3087
	} else if x == 3088 {
		y = 3088
	} else if x == 3089 {
		y = 3089
	} else if x == 3090 {
		y = 3090
	} else if x == 3091 {
		y = 3091
	} else if x == 3092 {
		y = 3092
	} else if x == 3093 {
		y = 3093
	} else if x == 3094 {
		y = 3094
	} else if x == 3095 {
		y = 3095
	} else if x == 3096 {
		y = 3096
	} else if x == 3097 {
		y = 3097
	} else if x == 3098 {
		y = 3098
	} else if x == 3099 {
		y = 3099
	} else if x == 3100 {
		y = 3100
	} else if x == 3101 {
		y = 3101
	} else if x == 3102 {
		y = 3102
	} else if x == 3103 {
		y = 3103
	} else if x == 3104 {
		y = 3104
	} else if x == 3105 {
		y = 3105
	} else if x == 3106 {
		y = 3106
	} else if x == 3107 {
		y = 3107
	} else if x == 3108 {
		y = 3108
	} else if x == 3109 {
		y = 3109
	} else if x == 3110 {
		y = 3110
	} else if x == 3111 {
		y = 3111
	} else if x == 3112 {
		y = 3112
	} else if x == 3113 {
		y = 3113
	} else if x == 3114 {
		y = 3114
	} else if x == 3115 {
		y = 3115
	} else if x == 3116 {
		y = 3116
	} else if x == 3117 {
		y = 3117
	} else if x == 3118 {
		y = 3118
	} else if x == 3119 {
		y = 3119
	} else if x == 3120 {
		y = 3120
	} else if x == 3121 {
		y = 3121
	} else if x == 3122 {
		y = 3122
	} else if x == 3123 {
		y = 3123
	} else if x == 3124 {
		y = 3124
	} else if x == 3125 {
		y = 3125
	} else if x == 3126 {
		y = 3126
	} else if x == 3127 {
		y = 3127
	} else if x == 3128 {
		y = 3128
	} else if x == 3129 {
		y = 3129
	} else if x == 3130 {
		y = 3130
	} else if x == 3131 {
		y = 3131
	} else if x == 3132 {
		y = 3132
	} else if x == 3133 {
		y = 3133
	} else if x == 3134 {
		y = 3134
	} else if x == 3135 {
		y = 3135
	} else if x == 3136 {
		y = 3136
	} else if x == 3137 {
		y = 3137
	} else if x == 3138 {
		y = 3138
	} else if x == 3139 {
		y = 3139
	} else if x == 3140 {
		y = 3140
	} else if x == 3141 {
		y = 3141
	} else if x == 3142 {
		y = 3142
	} else if x == 3143 {
		y = 3143
	} else if x == 3144 {
		y = 3144
	} else if x == 3145 {
		y = 3145
	} else if x == 3146 {
		y = 3146
	} else if x == 3147 {
		y = 3147
	} else if x == 3148 {
		y = 3148
	} else if x == 3149 {
		y = 3149
	} else if x == 3150 {
		y = 3150
	} else if x == 3151 {
		y = 3151
	} else if x == 3152 {
		y = 3152
	} else if x == 3153 {
		y = 3153
	} else if x == 3154 {
		y = 3154
	} else if x == 3155 {
		y = 3155
	} else if x == 3156 {
		y = 3156
	} else if x == 3157 {
		y = 3157
	} else if x == 3158 {
		y = 3158
	} else if x == 3159 {
		y = 3159
	} else if x == 3160 {
		y = 3160
	} else if x == 3161 {
		y = 3161
	} else if x == 3162 {
		y = 3162
	} else if x == 3163 {
		y = 3163
	} else if x == 3164 {
		y = 3164
	} else if x == 3165 {
		y = 3165
	} else if x == 3166 {
		y = 3166
	} else if x == 3167 {
		y = 3167
	} else if x == 3168 {
		y = 3168
	} else if x == 3169 {
		y = 3169
	} else if x == 3170 {
		y = 3170
	} else if x == 3171 {
		y = 3171
	} else if x == 3172 {
		y = 3172
	} else if x == 3173 {
		y = 3173
	} else if x == 3174 {
		y = 3174
	} else if x == 3175 {
		y = 3175
	} else if x == 3176 {
		y = 3176
	} else if x == 3177 {
		y = 3177
	} else if x == 3178 {
		y = 3178
	} else if x == 3179 {
		y = 3179
	} else if x == 3180 {
		y = 3180
	} else if x == 3181 {
		y = 3181
	} else if x == 3182 {
		y = 3182
	} else if x == 3183 {
		y = 3183
	} else if x == 3184 {
		y = 3184
	} else if x == 3185 {
		y = 3185
	} else if x == 3186 {
		y = 3186
	} else if x == 3187 {
		y = 3187
	} else if x == 3188 {
		y = 3188
	} else if x == 3189 {
		y = 3189
	} else if x == 3190 {
		y = 3190
	} else if x == 3191 {
		y = 3191
	} else if x == 3192 {
		y = 3192
	} else if x == 3193 {
		y = 3193
	} else if x == 3194 {
		y = 3194
	} else if x == 3195 {
		y = 3195
	} else if x == 3196 {
		y = 3196
	} else if x == 3197 {
		y = 3197
	} else if x == 3198 {
		y = 3198
	} else if x == 3199 {
		y = 3199
	} else if x == 3200 {
		y = 3200
	} else if x == 3201 {
		y = 3201
	} else if x == 3202 {
		y = 3202
	} else if x == 3203 {
		y = 3203
	} else if x == 3204 {
		y = 3204
	} else if x == 3205 {
		y = 3205
	} else if x == 3206 {
		y = 3206
	} else if x == 3207 {
		y = 3207
	} else if x == 3208 {
		y = 3208
	} else if x == 3209 {
		y = 3209
	} else if x == 3210 {
		y = 3210
	} else if x == 3211 {
		y = 3211
	} else if x == 3212 {
		y = 3212
	} else if x == 3213 {
		y = 3213
	} else if x == 3214 {
		y = 3214
	} else if x == 3215 {
		y = 3215
	} else if x == 3216 {
		y = 3216
	} else if x == 3217 {
		y = 3217
	} else if x == 3218 {
		y = 3218
	} else if x == 3219 {
		y = 3219
	} else if x == 3220 {
		y = 3220
	} else if x == 3221 {
		y = 3221
	} else if x == 3222 {
		y = 3222
	} else if x == 3223 {
		y = 3223
	} else if x == 3224 {
		y = 3224
	} else if x == 3225 {
		y = 3225
	} else if x == 3226 {
		y = 3226
	} else if x == 3227 {
		y = 3227
	} else if x == 3228 {
		y = 3228
	} else if x == 3229 {
		y = 3229
	} else if x == 3230 {
		y = 3230
	} else if x == 3231 {
		y = 3231
	} else if x == 3232 {
		y = 3232
	} else if x == 3233 {
		y = 3233
	} else if x == 3234 {
		y = 3234
	} else if x == 3235 {
		y = 3235
	} else if x == 3236 {
		y = 3236
	} else if x == 3237 {
		y = 3237
	} else if x == 3238 {
		y = 3238
	} else if x == 3239 {
		y = 3239
	} else if x == 3240 {
		y = 3240
	} else if x == 3241 {
		y = 3241
	} else if x == 3242 {
		y = 3242
	} else if x == 3243 {
		y = 3243
	} else if x == 3244 {
		y = 3244
	} else if x == 3245 {
		y = 3245
	} else if x == 3246 {
		y = 3246
	} else if x == 3247 {
		y = 3247
	} else if x == 3248 {
		y = 3248
	} else if x == 3249 {
		y = 3249
	} else if x == 3250 {
		y = 3250
	} else if x == 3251 {
		y = 3251
	} else if x == 3252 {
		y = 3252
	} else if x == 3253 {
		y = 3253
	} else if x == 3254 {
		y = 3254
	} else if x == 3255 {
		y = 3255
	} else if x == 3256 {
		y = 3256
	} else if x == 3257 {
		y = 3257
	} else if x == 3258 {
		y = 3258
	} else if x == 3259 {
		y = 3259
	} else if x == 3260 {
		y = 3260
	} else if x == 3261 {
		y = 3261
	} else if x == 3262 {
		y = 3262
	} else if x == 3263 {
		y = 3263
	} else if x == 3264 {
		y = 3264
	} else if x == 3265 {
		y = 3265
	} else if x == 3266 {
		y = 3266
	} else if x == 3267 {
		y = 3267
	} else if x == 3268 {
		y = 3268
	} else if x == 3269 {
		y = 3269
	} else if x == 3270 {
		y = 3270
	} else if x == 3271 {
		y = 3271
	} else if x == 3272 {
		y = 3272
	} else if x == 3273 {
		y = 3273
	} else if x == 3274 {
		y = 3274
	} else if x == 3275 {
		y = 3275
	} else if x == 3276 {
		y = 3276
	} else if x == 3277 {
		y = 3277
	} else if x == 3278 {
		y = 3278
	} else if x == 3279 {
		y = 3279
	} else if x == 3280 {
		y = 3280
	} else if x == 3281 {
		y = 3281
	} else if x == 3282 {
		y = 3282
	} else if x == 3283 {
		y = 3283
	} else if x == 3284 {
		y = 3284
	} else if x == 3285 {
		y = 3285
	} else if x == 3286 {
		y = 3286
	} else if x == 3287 {
		y = 3287
	} else if x == 3288 {
		y = 3288
	} else if x == 3289 {
		y = 3289
	} else if x == 3290 {
		y = 3290
	} else if x == 3291 {
		y = 3291
	} else if x == 3292 {
		y = 3292
	} else if x == 3293 {
		y = 3293
	} else if x == 3294 {
		y = 3294
	} else if x == 3295 {
		y = 3295
	} else if x == 3296 {
		y = 3296
	} else if x == 3297 {
		y = 3297
	} else if x == 3298 {
		y = 3298
	} else if x == 3299 {
		y = 3299
	} else if x == 3300 {
		y = 3300
	} else if x == 3301 {
		y = 3301
	} else if x == 3302 {
		y = 3302
	} else if x == 3303 {
		y = 3303
	} else if x == 3304 {
		y = 3304
	} else if x == 3305 {
		y = 3305
	} else if x == 3306 {
		y = 3306
	} else if x == 3307 {
		y = 3307
	} else if x == 3308 {
		y = 3308
	} else if x == 3309 {
		y = 3309
	} else if x == 3310 {
		y = 3310
	} else if x == 3311 {
		y = 3311
	} else if x == 3312 {
		y = 3312
	} else if x == 3313 {
		y = 3313
	} else if x == 3314 {
		y = 3314
	} else if x == 3315 {
		y = 3315
	} else if x == 3316 {
		y = 3316
	} else if x == 3317 {
		y = 3317
	} else if x == 3318 {
		y = 3318
	} else if x == 3319 {
		y = 3319
	} else if x == 3320 {
		y = 3320
	} else if x == 3321 {
		y = 3321
	} else if x == 3322 {
		y = 3322
	} else if x == 3323 {
		y = 3323
	} else if x == 3324 {
		y = 3324
	} else if x == 3325 {
		y = 3325
	} else if x == 3326 {
		y = 3326
	} else if x == 3327 {
		y = 3327
	} else if x == 3328 {
		y = 3328
	} else if x == 3329 {
		y = 3329
	} else if x == 3330 {
		y = 3330
	} else if x == 3331 {
		y = 3331
	} else if x == 3332 {
		y = 3332
	} else if x == 3333 {
		y = 3333
	} else if x == 3334 {
		y = 3334
	} else if x == 3335 {
		y = 3335
	} else if x == 3336 {
		y = 3336
	} else if x == 3337 {
		y = 3337
	} else if x == 3338 {
		y = 3338
	} else if x == 3339 {
		y = 3339
	} else if x == 3340 {
		y = 3340
	} else if x == 3341 {
		y = 3341
	} else if x == 3342 {
		y = 3342
	} else if x == 3343 {
		y = 3343
	} else if x == 3344 {
		y = 3344
	} else if x == 3345 {
		y = 3345
	} else if x == 3346 {
		y = 3346
	} else if x == 3347 {
		y = 3347
	} else if x == 3348 {
		y = 3348
	} else if x == 3349 {
		y = 3349
	} else if x == 3350 {
		y = 3350
	} else if x == 3351 {
		y = 3351
	} else if x == 3352 {
		y = 3352
	} else if x == 3353 {
		y = 3353
	} else if x == 3354 {
		y = 3354
	} else if x == 3355 {
		y = 3355
	} else if x == 3356 {
		y = 3356
	} else if x == 3357 {
		y = 3357
	} else if x == 3358 {
		y = 3358
	} else if x == 3359 {
		y = 3359
	} else if x == 3360 {
		y = 3360
	} else if x == 3361 {
		y = 3361
	} else if x == 3362 {
		y = 3362
	} else if x == 3363 {
		y = 3363
	} else if x == 3364 {
		y = 3364
	} else if x == 3365 {
		y = 3365
	} else if x == 3366 {
		y = 3366
	} else if x == 3367 {
		y = 3367
	} else if x == 3368 {
		y = 3368
	} else if x == 3369 {
		y = 3369
	} else if x == 3370 {
		y = 3370
	} else if x == 3371 {
		y = 3371
	} else if x == 3372 {
		y = 3372
	} else if x == 3373 {
		y = 3373
	} else if x == 3374 {
		y = 3374
	} else if x == 3375 {
		y = 3375
	} else if x == 3376 {
		y = 3376
	} else if x == 3377 {
		y = 3377
	} else if x == 3378 {
		y = 3378
	} else if x == 3379 {
		y = 3379
	} else if x == 3380 {
		y = 3380
	} else if x == 3381 {
		y = 3381
	} else if x == 3382 {
		y = 3382
	} else if x == 3383 {
		y = 3383
	} else if x == 3384 {
		y = 3384
	} else if x == 3385 {
		y = 3385
	} else if x == 3386 {
		y = 3386
	} else if x == 3387 {
		y = 3387
	} else if x == 3388 {
		y = 3388
	} else if x == 3389 {
		y = 3389
	} else if x == 3390 {
		y = 3390
	} else if x == 3391 {
		y = 3391
	} else if x == 3392 {
		y = 3392
	} else if x == 3393 {
		y = 3393
	} else if x == 3394 {
		y = 3394
	} else if x == 3395 {
		y = 3395
	} else if x == 3396 {
		y = 3396
	} else if x == 3397 {
		y = 3397
	} else if x == 3398 {
		y = 3398
	} else if x == 3399 {
		y = 3399
	} else if x == 3400 {
		y = 3400
	} else if x == 3401 {
		y = 3401
	} else if x == 3402 {
		y = 3402
	} else if x == 3403 {
		y = 3403
	} else if x == 3404 {
		y = 3404
	} else if x == 3405 {
		y = 3405
	} else if x == 3406 {
		y = 3406
	} else if x == 3407 {
		y = 3407
	} else if x == 3408 {
		y = 3408
	} else if x == 3409 {
		y = 3409
	} else if x == 3410 {
		y = 3410
	} else if x == 3411 {
		y = 3411
	} else if x == 3412 {
		y = 3412
	} else if x == 3413 {
		y = 3413
	} else if x == 3414 {
		y = 3414
	} else if x == 3415 {
		y = 3415
	} else if x == 3416 {
		y = 3416
	} else if x == 3417 {
		y = 3417
	} else if x == 3418 {
		y = 3418
	} else if x == 3419 {
		y = 3419
	} else if x == 3420 {
		y = 3420
	} else if x == 3421 {
		y = 3421
	} else if x == 3422 {
		y = 3422
	} else if x == 3423 {
		y = 3423
	} else if x == 3424 {
		y = 3424
	} else if x == 3425 {
		y = 3425
	} else if x == 3426 {
		y = 3426
	} else if x == 3427 {
		y = 3427
	} else if x == 3428 {
		y = 3428
	} else if x == 3429 {
		y = 3429
	} else if x == 3430 {
		y = 3430
	} else if x == 3431 {
		y = 3431
	} else if x == 3432 {
		y = 3432
	} else if x == 3433 {
		y = 3433
	} else if x == 3434 {
		y = 3434
	} else if x == 3435 {
		y = 3435
	} else if x == 3436 {
		y = 3436
	} else if x == 3437 {
		y = 3437
	} else if x == 3438 {
		y = 3438
	} else if x == 3439 {
		y = 3439
	} else if x == 3440 {
		y = 3440
	} else if x == 3441 {
		y = 3441
	} else if x == 3442 {
		y = 3442
	} else if x == 3443 {
		y = 3443
	} else if x == 3444 {
		y = 3444
	} else if x == 3445 {
		y = 3445
	} else if x == 3446 {
		y = 3446
	} else if x == 3447 {
		y = 3447
	} else if x == 3448 {
		y = 3448
	} else if x == 3449 {
		y = 3449
	} else if x == 3450 {
		y = 3450
	} else if x == 3451 {
		y = 3451
	} else if x == 3452 {
		y = 3452
	} else if x == 3453 {
		y = 3453
	} else if x == 3454 {
		y = 3454
	} else if x == 3455 {
		y = 3455
	} else if x == 3456 {
		y = 3456
	} else if x == 3457 {
		y = 3457
	} else if x == 3458 {
		y = 3458
	} else if x == 3459 {
		y = 3459
	} else if x == 3460 {
		y = 3460
	} else if x == 3461 {
		y = 3461
	} else if x == 3462 {
		y = 3462
	} else if x == 3463 {
		y = 3463
	} else if x == 3464 {
		y = 3464
	} else if x == 3465 {
		y = 3465
	} else if x == 3466 {
		y = 3466
	} else if x == 3467 {
		y = 3467
	} else if x == 3468 {
		y = 3468
	} else if x == 3469 {
		y = 3469
	} else if x == 3470 {
		y = 3470
	} else if x == 3471 {
		y = 3471
	} else if x == 3472 {
		y = 3472
	} else if x == 3473 {
		y = 3473
	} else if x == 3474 {
		y = 3474
	} else if x == 3475 {
		y = 3475
	} else if x == 3476 {
		y = 3476
	} else if x == 3477 {
		y = 3477
	} else if x == 3478 {
		y = 3478
	} else if x == 3479 {
		y = 3479
	} else if x == 3480 {
		y = 3480
	} else if x == 3481 {
		y = 3481
	} else if x == 3482 {
		y = 3482
	} else if x == 3483 {
		y = 3483
	} else if x == 3484 {
		y = 3484
	} else if x == 3485 {
		y = 3485
	} else if x == 3486 {
		y = 3486
	} else if x == 3487 {
		y = 3487
	} else if x == 3488 {
		y = 3488
	} else if x == 3489 {
		y = 3489
	} else if x == 3490 {
		y = 3490
	} else if x == 3491 {
		y = 3491
	} else if x == 3492 {
		y = 3492
	} else if x == 3493 {
		y = 3493
	} else if x == 3494 {
		y = 3494
	} else if x == 3495 {
		y = 3495
	} else if x == 3496 {
		y = 3496
	} else if x == 3497 {
		y = 3497
	} else if x == 3498 {
		y = 3498
	} else if x == 3499 {
		y = 3499
	} else if x == 3500 {
		y = 3500
	} else if x == 3501 {
		y = 3501
	} else if x == 3502 {
		y = 3502
	} else if x == 3503 {
		y = 3503
	} else if x == 3504 {
		y = 3504
	} else if x == 3505 {
		y = 3505
	} else if x == 3506 {
		y = 3506
	} else if x == 3507 {
		y = 3507
	} else if x == 3508 {
		y = 3508
	} else if x == 3509 {
		y = 3509
	} else if x == 3510 {
		y = 3510
	} else if x == 3511 {
		y = 3511
	} else if x == 3512 {
		y = 3512
	} else if x == 3513 {
		y = 3513
	} else if x == 3514 {
		y = 3514
	} else if x == 3515 {
		y = 3515
	} else if x == 3516 {
		y = 3516
	} else if x == 3517 {
		y = 3517
	} else if x == 3518 {
		y = 3518
	} else if x == 3519 {
		y = 3519
	} else if x == 3520 {
		y = 3520
	} else if x == 3521 {
		y = 3521
	} else if x == 3522 {
		y = 3522
	} else if x == 3523 {
		y = 3523
	} else if x == 3524 {
		y = 3524
	} else if x == 3525 {
		y = 3525
	} else if x == 3526 {
		y = 3526
	} else if x == 3527 {
		y = 3527
	} else if x == 3528 {
		y = 3528
	} else if x == 3529 {
		y = 3529
	} else if x == 3530 {
		y = 3530
	} else if x == 3531 {
		y = 3531
	} else if x == 3532 {
		y = 3532
	} else if x == 3533 {
		y = 3533
	} else if x == 3534 {
		y = 3534
	} else if x == 3535 {
		y = 3535
	} else if x == 3536 {
		y = 3536
	} else if x == 3537 {
		y = 3537
	} else if x == 3538 {
		y = 3538
	} else if x == 3539 {
		y = 3539
	} else if x == 3540 {
		y = 3540
	} else if x == 3541 {
		y = 3541
	} else if x == 3542 {
		y = 3542
	} else if x == 3543 {
		y = 3543
	} else if x == 3544 {
		y = 3544
	} else if x == 3545 {
		y = 3545
	} else if x == 3546 {
		y = 3546
	} else if x == 3547 {
		y = 3547
	} else if x == 3548 {
		y = 3548
	} else if x == 3549 {
		y = 3549
	} else if x == 3550 {
		y = 3550
	} else if x == 3551 {
		y = 3551
	} else if x == 3552 {
		y = 3552
	} else if x == 3553 {
		y = 3553
	} else if x == 3554 {
		y = 3554
	} else if x == 3555 {
		y = 3555
	} else if x == 3556 {
		y = 3556
	} else if x == 3557 {
		y = 3557
	} else if x == 3558 {
		y = 3558
	} else if x == 3559 {
		y = 3559
	} else if x == 3560 {
		y = 3560
	} else if x == 3561 {
		y = 3561
	} else if x == 3562 {
		y = 3562
	} else if x == 3563 {
		y = 3563
	} else if x == 3564 {
		y = 3564
	} else if x == 3565 {
		y = 3565
	} else if x == 3566 {
		y = 3566
	} else if x == 3567 {
		y = 3567
	} else if x == 3568 {
		y = 3568
	} else if x == 3569 {
		y = 3569
	} else if x == 3570 {
		y = 3570
	} else if x == 3571 {
		y = 3571
	} else if x == 3572 {
		y = 3572
	} else if x == 3573 {
		y = 3573
	} else if x == 3574 {
		y = 3574
	} else if x == 3575 {
		y = 3575
	} else if x == 3576 {
		y = 3576
	} else if x == 3577 {
		y = 3577
	} else if x == 3578 {
		y = 3578
	} else if x == 3579 {
		y = 3579
	} else if x == 3580 {
		y = 3580
	} else if x == 3581 {
		y = 3581
	} else if x == 3582 {
		y = 3582
	} else if x == 3583 {
		y = 3583
	} else if x == 3584 {
		y = 3584
	} else if x == 3585 {
		y = 3585
	} else if x == 3586 {
		y = 3586
	} else if x == 3587 {
		y = 3587
	} else if x == 3588 {
		y = 3588
	} else if x == 3589 {
		y = 3589
	} else if x == 3590 {
		y = 3590
	} else if x == 3591 {
		y = 3591
	} else if x == 3592 {
		y = 3592
	} else if x == 3593 {
		y = 3593
	} else if x == 3594 {
		y = 3594
	} else if x == 3595 {
		y = 3595
	} else if x == 3596 {
		y = 3596
	} else if x == 3597 {
		y = 3597
	} else if x == 3598 {
		y = 3598
	} else if x == 3599 {
		y = 3599
	} else if x == 3600 {
		y = 3600
	} else if x == 3601 {
		y = 3601
	} else if x == 3602 {
		y = 3602
	} else if x == 3603 {
		y = 3603
	} else if x == 3604 {
		y = 3604
	} else if x == 3605 {
		y = 3605
	} else if x == 3606 {
		y = 3606
	} else if x == 3607 {
		y = 3607
	} else if x == 3608 {
		y = 3608
	} else if x == 3609 {
		y = 3609
	} else if x == 3610 {
		y = 3610
	} else if x == 3611 {
		y = 3611
	} else if x == 3612 {
		y = 3612
	} else if x == 3613 {
		y = 3613
	} else if x == 3614 {
		y = 3614
	} else if x == 3615 {
		y = 3615
	} else if x == 3616 {
		y = 3616
	} else if x == 3617 {
		y = 3617
	} else if x == 3618 {
		y = 3618
	} else if x == 3619 {
		y = 3619
	} else if x == 3620 {
		y = 3620
	} else if x == 3621 {
		y = 3621
	} else if x == 3622 {
		y = 3622
	} else if x == 3623 {
		y = 3623
	} else if x == 3624 {
		y = 3624
	} else if x == 3625 {
		y = 3625
	} else if x == 3626 {
		y = 3626
	} else if x == 3627 {
		y = 3627
	} else if x == 3628 {
		y = 3628
	} else if x == 3629 {
		y = 3629
	} else if x == 3630 {
		y = 3630
	} else if x == 3631 {
		y = 3631
	} else if x == 3632 {
		y = 3632
	} else if x == 3633 {
		y = 3633
	} else if x == 3634 {
		y = 3634
	} else if x == 3635 {
		y = 3635
	} else if x == 3636 {
		y = 3636
	} else if x == 3637 {
		y = 3637
	} else if x == 3638 {
		y = 3638
	} else if x == 3639 {
		y = 3639
	} else if x == 3640 {
		y = 3640
	} else if x == 3641 {
		y = 3641
	} else if x == 3642 {
		y = 3642
	} else if x == 3643 {
		y = 3643
	} else if x == 3644 {
		y = 3644
	} else if x == 3645 {
		y = 3645
	} else if x == 3646 {
		y = 3646
	} else if x == 3647 {
		y = 3647
	} else if x == 3648 {
		y = 3648
	} else if x == 3649 {
		y = 3649
	} else if x == 3650 {
		y = 3650
	} else if x == 3651 {
		y = 3651
	} else if x == 3652 {
		y = 3652
	} else if x == 3653 {
		y = 3653
	} else if x == 3654 {
		y = 3654
	} else if x == 3655 {
		y = 3655
	} else if x == 3656 {
		y = 3656
	} else if x == 3657 {
		y = 3657
	} else if x == 3658 {
		y = 3658
	} else if x == 3659 {
		y = 3659
	} else if x == 3660 {
		y = 3660
	} else if x == 3661 {
		y = 3661
	} else if x == 3662 {
		y = 3662
	} else if x == 3663 {
		y = 3663
	} else if x == 3664 {
		y = 3664
	} else if x == 3665 {
		y = 3665
	} else if x == 3666 {
		y = 3666
	} else if x == 3667 {
		y = 3667
	} else if x == 3668 {
		y = 3668
	} else if x == 3669 {
		y = 3669
	} else if x == 3670 {
		y = 3670
	} else if x == 3671 {
		y = 3671
	} else if x == 3672 {
		y = 3672
	} else if x == 3673 {
		y = 3673
	} else if x == 3674 {
		y = 3674
	} else if x == 3675 {
		y = 3675
	} else if x == 3676 {
		y = 3676
	} else if x == 3677 {
		y = 3677
	} else if x == 3678 {
		y = 3678
	} else if x == 3679 {
		y = 3679
	} else if x == 3680 {
		y = 3680
	} else if x == 3681 {
		y = 3681
	} else if x == 3682 {
		y = 3682
	} else if x == 3683 {
		y = 3683
	} else if x == 3684 {
		y = 3684
	} else if x == 3685 {
		y = 3685
	} else if x == 3686 {
		y = 3686
	} else if x == 3687 {
		y = 3687
	} else if x == 3688 {
		y = 3688
	} else if x == 3689 {
		y = 3689
	} else if x == 3690 {
		y = 3690
	} else if x == 3691 {
		y = 3691
	} else if x == 3692 {
		y = 3692
	} else if x == 3693 {
		y = 3693
	} else if x == 3694 {
		y = 3694
	} else if x == 3695 {
		y = 3695
	} else if x == 3696 {
		y = 3696
	} else if x == 3697 {
		y = 3697
	} else if x == 3698 {
		y = 3698
	} else if x == 3699 {
		y = 3699
	} else if x == 3700 {
		y = 3700
	} else if x == 3701 {
		y = 3701
	} else if x == 3702 {
		y = 3702
	} else if x == 3703 {
		y = 3703
	} else if x == 3704 {
		y = 3704
	} else if x == 3705 {
		y = 3705
	} else if x == 3706 {
		y = 3706
	} else if x == 3707 {
		y = 3707
	} else if x == 3708 {
		y = 3708
	} else if x == 3709 {
		y = 3709
	} else if x == 3710 {
		y = 3710
	} else if x == 3711 {
		y = 3711
	} else if x == 3712 {
		y = 3712
	} else if x == 3713 {
		y = 3713
	} else if x == 3714 {
		y = 3714
	} else if x == 3715 {
		y = 3715
	} else if x == 3716 {
		y = 3716
	} else if x == 3717 {
		y = 3717
	} else if x == 3718 {
		y = 3718
	} else if x == 3719 {
		y = 3719
	} else if x == 3720 {
		y = 3720
	} else if x == 3721 {
		y = 3721
	} else if x == 3722 {
		y = 3722
	} else if x == 3723 {
		y = 3723
	} else if x == 3724 {
		y = 3724
	} else if x == 3725 {
		y = 3725
	} else if x == 3726 {
		y = 3726
	} else if x == 3727 {
		y = 3727
	} else if x == 3728 {
		y = 3728
	} else if x == 3729 {
		y = 3729
	} else if x == 3730 {
		y = 3730
	} else if x == 3731 {
		y = 3731
	} else if x == 3732 {
		y = 3732
	} else if x == 3733 {
		y = 3733
	} else if x == 3734 {
		y = 3734
	} else if x == 3735 {
		y = 3735
	} else if x == 3736 {
		y = 3736
	} else if x == 3737 {
		y = 3737
	} else if x == 3738 {
		y = 3738
	} else if x == 3739 {
		y = 3739
	} else if x == 3740 {
		y = 3740
	} else if x == 3741 {
		y = 3741
	} else if x == 3742 {
		y = 3742
	} else if x == 3743 {
		y = 3743
	} else if x == 3744 {
		y = 3744
	} else if x == 3745 {
		y = 3745
	} else if x == 3746 {
		y = 3746
	} else if x == 3747 {
		y = 3747
	} else if x == 3748 {
		y = 3748
	} else if x == 3749 {
		y = 3749
	} else if x == 3750 {
		y = 3750
	} else if x == 3751 {
		y = 3751
	} else if x == 3752 {
		y = 3752
	} else if x == 3753 {
		y = 3753
	} else if x == 3754 {
		y = 3754
	} else if x == 3755 {
		y = 3755
	} else if x == 3756 {
		y = 3756
	} else if x == 3757 {
		y = 3757
	} else if x == 3758 {
		y = 3758
	} else if x == 3759 {
		y = 3759
	} else if x == 3760 {
		y = 3760
	} else if x == 3761 {
		y = 3761
	} else if x == 3762 {
		y = 3762
	} else if x == 3763 {
		y = 3763
	} else if x == 3764 {
		y = 3764
	} else if x == 3765 {
		y = 3765
	} else if x == 3766 {
		y = 3766
	} else if x == 3767 {
		y = 3767
	} else if x == 3768 {
		y = 3768
	} else if x == 3769 {
		y = 3769
	} else if x == 3770 {
		y = 3770
	} else if x == 3771 {
		y = 3771
	} else if x == 3772 {
		y = 3772
	} else if x == 3773 {
		y = 3773
	} else if x == 3774 {
		y = 3774
	} else if x == 3775 {
		y = 3775
	} else if x == 3776 {
		y = 3776
	} else if x == 3777 {
		y = 3777
	} else if x == 3778 {
		y = 3778
	} else if x == 3779 {
		y = 3779
	} else if x == 3780 {
		y = 3780
	} else if x == 3781 {
		y = 3781
	} else if x == 3782 {
		y = 3782
	} else if x == 3783 {
		y = 3783
	} else if x == 3784 {
		y = 3784
	} else if x == 3785 {
		y = 3785
	} else if x == 3786 {
		y = 3786
	} else if x == 3787 {
		y = 3787
	} else if x == 3788 {
		y = 3788
	} else if x == 3789 {
		y = 3789
	} else if x == 3790 {
		y = 3790
	} else if x == 3791 {
		y = 3791
	} else if x == 3792 {
		y = 3792
	} else if x == 3793 {
		y = 3793
	} else if x == 3794 {
		y = 3794
	} else if x == 3795 {
		y = 3795
	} else if x == 3796 {
		y = 3796
	} else if x == 3797 {
		y = 3797
	} else if x == 3798 {
		y = 3798
	} else if x == 3799 {
		y = 3799
	} else if x == 3800 {
		y = 3800
	} else if x == 3801 {
		y = 3801
	} else if x == 3802 {
		y = 3802
	} else if x == 3803 {
		y = 3803
	} else if x == 3804 {
		y = 3804
	} else if x == 3805 {
		y = 3805
	} else if x == 3806 {
		y = 3806
	} else if x == 3807 {
		y = 3807
	} else if x == 3808 {
		y = 3808
	} else if x == 3809 {
		y = 3809
	} else if x == 3810 {
		y = 3810
	} else if x == 3811 {
		y = 3811
	} else if x == 3812 {
		y = 3812
	} else if x == 3813 {
		y = 3813
	} else if x == 3814 {
		y = 3814
	} else if x == 3815 {
		y = 3815
	} else if x == 3816 {
		y = 3816
	} else if x == 3817 {
		y = 3817
	} else if x == 3818 {
		y = 3818
	} else if x == 3819 {
		y = 3819
	} else if x == 3820 {
		y = 3820
	} else if x == 3821 {
		y = 3821
	} else if x == 3822 {
		y = 3822
	} else if x == 3823 {
		y = 3823
	} else if x == 3824 {
		y = 3824
	} else if x == 3825 {
		y = 3825
	} else if x == 3826 {
		y = 3826
	} else if x == 3827 {
		y = 3827
	} else if x == 3828 {
		y = 3828
	} else if x == 3829 {
		y = 3829
	} else if x == 3830 {
		y = 3830
	} else if x == 3831 {
		y = 3831
	} else if x == 3832 {
		y = 3832
	} else if x == 3833 {
		y = 3833
	} else if x == 3834 {
		y = 3834
	} else if x == 3835 {
		y = 3835
	} else if x == 3836 {
		y = 3836
	} else if x == 3837 {
		y = 3837
	} else if x == 3838 {
		y = 3838
	} else if x == 3839 {
		y = 3839
	} else if x == 3840 {
		y = 3840
	} else if x == 3841 {
		y = 3841
	} else if x == 3842 {
		y = 3842
	} else if x == 3843 {
		y = 3843
	} else if x == 3844 {
		y = 3844
	} else if x == 3845 {
		y = 3845
	} else if x == 3846 {
		y = 3846
	} else if x == 3847 {
		y = 3847
	} else if x == 3848 {
		y = 3848
	} else if x == 3849 {
		y = 3849
	} else if x == 3850 {
		y = 3850
	} else if x == 3851 {
		y = 3851
	} else if x == 3852 {
		y = 3852
	} else if x == 3853 {
		y = 3853
	} else if x == 3854 {
		y = 3854
	} else if x == 3855 {
		y = 3855
	} else if x == 3856 {
		y = 3856
	} else if x == 3857 {
		y = 3857
	} else if x == 3858 {
		y = 3858
	} else if x == 3859 {
		y = 3859
	} else if x == 3860 {
		y = 3860
	} else if x == 3861 {
		y = 3861
	} else if x == 3862 {
		y = 3862
	} else if x == 3863 {
		y = 3863
	} else if x == 3864 {
		y = 3864
	} else if x == 3865 {
		y = 3865
	} else if x == 3866 {
		y = 3866
	} else if x == 3867 {
		y = 3867
	} else if x == 3868 {
		y = 3868
	} else if x == 3869 {
		y = 3869
	} else if x == 3870 {
		y = 3870
	} else if x == 3871 {
		y = 3871
	} else if x == 3872 {
		y = 3872
	} else if x == 3873 {
		y = 3873
	} else if x == 3874 {
		y = 3874
	} else if x == 3875 {
		y = 3875
	} else if x == 3876 {
		y = 3876
	} else if x == 3877 {
		y = 3877
	} else if x == 3878 {
		y = 3878
	} else if x == 3879 {
		y = 3879
	} else if x == 3880 {
		y = 3880
	} else if x == 3881 {
		y = 3881
	} else if x == 3882 {
		y = 3882
	} else if x == 3883 {
		y = 3883
	} else if x == 3884 {
		y = 3884
	} else if x == 3885 {
		y = 3885
	} else if x == 3886 {
		y = 3886
	} else if x == 3887 {
		y = 3887
	} else if x == 3888 {
		y = 3888
	} else if x == 3889 {
		y = 3889
	} else if x == 3890 {
		y = 3890
	} else if x == 3891 {
		y = 3891
	} else if x == 3892 {
		y = 3892
	} else if x == 3893 {
		y = 3893
	} else if x == 3894 {
		y = 3894
	} else if x == 3895 {
		y = 3895
	} else if x == 3896 {
		y = 3896
	} else if x == 3897 {
		y = 3897
	} else if x == 3898 {
		y = 3898
	} else if x == 3899 {
		y = 3899
	} else if x == 3900 {
		y = 3900
	} else if x == 3901 {
		y = 3901
	} else if x == 3902 {
		y = 3902
	} else if x == 3903 {
		y = 3903
	} else if x == 3904 {
		y = 3904
	} else if x == 3905 {
		y = 3905
	} else if x == 3906 {
		y = 3906
	} else if x == 3907 {
		y = 3907
	} else if x == 3908 {
		y = 3908
	} else if x == 3909 {
		y = 3909
	} else if x == 3910 {
		y = 3910
	} else if x == 3911 {
		y = 3911
	} else if x == 3912 {
		y = 3912
	} else if x == 3913 {
		y = 3913
	} else if x == 3914 {
		y = 3914
	} else if x == 3915 {
		y = 3915
	} else if x == 3916 {
		y = 3916
	} else if x == 3917 {
		y = 3917
	} else if x == 3918 {
		y = 3918
	} else if x == 3919 {
		y = 3919
	} else if x == 3920 {
		y = 3920
	} else if x == 3921 {
		y = 3921
	} else if x == 3922 {
		y = 3922
	} else if x == 3923 {
		y = 3923
	} else if x == 3924 {
		y = 3924
	} else if x == 3925 {
		y = 3925
	} else if x == 3926 {
		y = 3926
	} else if x == 3927 {
		y = 3927
	} else if x == 3928 {
		y = 3928
	} else if x == 3929 {
		y = 3929
	} else if x == 3930 {
		y = 3930
	} else if x == 3931 {
		y = 3931
	} else if x == 3932 {
		y = 3932
	} else if x == 3933 {
		y = 3933
	} else if x == 3934 {
		y = 3934
	} else if x == 3935 {
		y = 3935
	} else if x == 3936 {
		y = 3936
	} else if x == 3937 {
		y = 3937
	} else if x == 3938 {
		y = 3938
	} else if x == 3939 {
		y = 3939
	} else if x == 3940 {
		y = 3940
	} else if x == 3941 {
		y = 3941
	} else if x == 3942 {
		y = 3942
	} else if x == 3943 {
		y = 3943
	} else if x == 3944 {
		y = 3944
	} else if x == 3945 {
		y = 3945
	} else if x == 3946 {
		y = 3946
	} else if x == 3947 {
		y = 3947
	} else if x == 3948 {
		y = 3948
	} else if x == 3949 {
		y = 3949
	} else if x == 3950 {
		y = 3950
	} else if x == 3951 {
		y = 3951
	} else if x == 3952 {
		y = 3952
	} else if x == 3953 {
		y = 3953
	} else if x == 3954 {
		y = 3954
	} else if x == 3955 {
		y = 3955
	} else if x == 3956 {
		y = 3956
	} else if x == 3957 {
		y = 3957
	} else if x == 3958 {
		y = 3958
	} else if x == 3959 {
		y = 3959
	} else if x == 3960 {
		y = 3960
	} else if x == 3961 {
		y = 3961
	} else if x == 3962 {
		y = 3962
	} else if x == 3963 {
		y = 3963
	} else if x == 3964 {
		y = 3964
	} else if x == 3965 {
		y = 3965
	} else if x == 3966 {
		y = 3966
	} else if x == 3967 {
		y = 3967
	} else if x == 3968 {
		y = 3968
	} else if x == 3969 {
		y = 3969
	} else if x == 3970 {
		y = 3970
	} else if x == 3971 {
		y = 3971
	} else if x == 3972 {
		y = 3972
	} else if x == 3973 {
		y = 3973
	} else if x == 3974 {
		y = 3974
	} else if x == 3975 {
		y = 3975
	} else if x == 3976 {
		y = 3976
	} else if x == 3977 {
		y = 3977
	} else if x == 3978 {
		y = 3978
	} else if x == 3979 {
		y = 3979
	} else if x == 3980 {
		y = 3980
	} else if x == 3981 {
		y = 3981
	} else if x == 3982 {
		y = 3982
	} else if x == 3983 {
		y = 3983
	} else if x == 3984 {
		y = 3984
	} else if x == 3985 {
		y = 3985
	} else if x == 3986 {
		y = 3986
	} else if x == 3987 {
		y = 3987
	} else if x == 3988 {
		y = 3988
	} else if x == 3989 {
		y = 3989
	} else if x == 3990 {
		y = 3990
	} else if x == 3991 {
		y = 3991
	} else if x == 3992 {
		y = 3992
	} else if x == 3993 {
		y = 3993
	} else if x == 3994 {
		y = 3994
	} else if x == 3995 {
		y = 3995
	} else if x == 3996 {
		y = 3996
	} else if x == 3997 {
		y = 3997
	} else if x == 3998 {
		y = 3998
	} else if x == 3999 {
		y = 3999
	} else if x == 4000 {
		y = 4000
	} else if x == 4001 {
		y = 4001
	} else if x == 4002 {
		y = 4002
	} else if x == 4003 {
		y = 4003
	} else if x == 4004 {
		y = 4004
	} else if x == 4005 {
		y = 4005
	} else if x == 4006 {
		y = 4006
	} else if x == 4007 {
		y = 4007
	} else if x == 4008 {
		y = 4008
	} else if x == 4009 {
		y = 4009
	} else if x == 4010 {
		y = 4010
	} else if x == 4011 {
		y = 4011
	} else if x == 4012 {
		y = 4012
	} else if x == 4013 {
		y = 4013
	} else if x == 4014 {
		y = 4014
	} else if x == 4015 {
		y = 4015
	} else if x == 4016 {
		y = 4016
	} else if x == 4017 {
		y = 4017
	} else if x == 4018 {
		y = 4018
	} else if x == 4019 {
		y = 4019
	} else if x == 4020 {
		y = 4020
	} else if x == 4021 {
		y = 4021
	} else if x == 4022 {
		y = 4022
	} else if x == 4023 {
		y = 4023
	} else if x == 4024 {
		y = 4024
	} else if x == 4025 {
		y = 4025
	} else if x == 4026 {
		y = 4026
	} else if x == 4027 {
		y = 4027
	} else if x == 4028 {
		y = 4028
	} else if x == 4029 {
		y = 4029
	} else if x == 4030 {
		y = 4030
	} else if x == 4031 {
		y = 4031
	} else if x == 4032 {
		y = 4032
	} else if x == 4033 {
		y = 4033
	} else if x == 4034 {
		y = 4034
	} else if x == 4035 {
		y = 4035
	} else if x == 4036 {
		y = 4036
	} else if x == 4037 {
		y = 4037
	} else if x == 4038 {
		y = 4038
	} else if x == 4039 {
		y = 4039
	} else if x == 4040 {
		y = 4040
	} else if x == 4041 {
		y = 4041
	} else if x == 4042 {
		y = 4042
	} else if x == 4043 {
		y = 4043
	} else if x == 4044 {
		y = 4044
	} else if x == 4045 {
		y = 4045
	} else if x == 4046 {
		y = 4046
	} else if x == 4047 {
		y = 4047
	} else if x == 4048 {
		y = 4048
	} else if x == 4049 {
		y = 4049
	} else if x == 4050 {
		y = 4050
	} else if x == 4051 {
		y = 4051
	} else if x == 4052 {
		y = 4052
	} else if x == 4053 {
		y = 4053
	} else if x == 4054 {
		y = 4054
	} else if x == 4055 {
		y = 4055
	} else if x == 4056 {
		y = 4056
	} else if x == 4057 {
		y = 4057
	} else if x == 4058 {
		y = 4058
	} else if x == 4059 {
		y = 4059
	} else if x == 4060 {
		y = 4060
	} else if x == 4061 {
		y = 4061
	} else if x == 4062 {
		y = 4062
	} else if x == 4063 {
		y = 4063
	} else if x == 4064 {
		y = 4064
	} else if x == 4065 {
		y = 4065
	} else if x == 4066 {
		y = 4066
	} else if x == 4067 {
		y = 4067
	} else if x == 4068 {
		y = 4068
	} else if x == 4069 {
		y = 4069
	} else if x == 4070 {
		y = 4070
	} else if x == 4071 {
		y = 4071
	} else if x == 4072 {
		y = 4072
	} else if x == 4073 {
		y = 4073
	} else if x == 4074 {
		y = 4074
	} else if x == 4075 {
		y = 4075
	} else if x == 4076 {
		y = 4076
	} else if x == 4077 {
		y = 4077
	} else if x == 4078 {
		y = 4078
	} else if x == 4079 {
		y = 4079
	} else if x == 4080 {
		y = 4080
	} else if x == 4081 {
		y = 4081
	} else if x == 4082 {
		y = 4082
	} else if x == 4083 {
		y = 4083
	} else if x == 4084 {
		y = 4084
	} else if x == 4085 {
		y = 4085
	} else if x == 4086 {
		y = 4086
	} else if x == 4087 {
		y = 4087
	} else if x == 4088 {
		y = 4088
	} else if x == 4089 {
		y = 4089
	} else if x == 4090 {
		y = 4090
	} else if x == 4091 {
		y = 4091
	} else if x == 4092 {
		y = 4092
	} else if x == 4093 {
		y = 4093
	} else if x == 4094 {
		y = 4094
	} else if x == 4095 {
		y = 4095
	} else if x == 4096 {
		y = 4096
	} else if x == 4097 {
		y = 4097
	} else if x == 4098 {
		y = 4098
	} else if x == 4099 {
		y = 4099
	} else if x == 4100 {
		y = 4100
	} else if x == 4101 {
		y = 4101
	} else if x == 4102 {
		y = 4102
	} else if x == 4103 {
		y = 4103
	} else if x == 4104 {
		y = 4104
	} else if x == 4105 {
		y = 4105
	} else if x == 4106 {
		y = 4106
	} else if x == 4107 {
		y = 4107
	} else if x == 4108 {
		y = 4108
	} else if x == 4109 {
		y = 4109
	} else if x == 4110 {
		y = 4110
	} else if x == 4111 {
		y = 4111
	} else if x == 4112 {
		y = 4112
	} else if x == 4113 {
		y = 4113
	} else if x == 4114 {
		y = 4114
	} else if x == 4115 {
		y = 4115
	} else if x == 4116 {
		y = 4116
	} else if x == 4117 {
		y = 4117
	} else if x == 4118 {
		y = 4118
	} else if x == 4119 {
		y = 4119
	} else if x == 4120 {
		y = 4120
	} else if x == 4121 {
		y = 4121
	} else if x == 4122 {
		y = 4122
	} else if x == 4123 {
		y = 4123
	} else if x == 4124 {
		y = 4124
	} else if x == 4125 {
		y = 4125
	} else if x == 4126 {
		y = 4126
	} else if x == 4127 {
		y = 4127
	} else if x == 4128 {
		y = 4128
	} else if x == 4129 {
		y = 4129
	} else if x == 4130 {
		y = 4130
	} else if x == 4131 {
		y = 4131
	} else if x == 4132 {
		y = 4132
	} else if x == 4133 {
		y = 4133
	} else if x == 4134 {
		y = 4134
	} else if x == 4135 {
		y = 4135
	} else if x == 4136 {
		y = 4136
	} else if x == 4137 {
		y = 4137
	} else if x == 4138 {
		y = 4138
	} else if x == 4139 {
		y = 4139
	} else if x == 4140 {
		y = 4140
	} else if x == 4141 {
		y = 4141
	} else if x == 4142 {
		y = 4142
	} else if x == 4143 {
		y = 4143
	} else if x == 4144 {
		y = 4144
	} else if x == 4145 {
		y = 4145
	} else if x == 4146 {
		y = 4146
	} else if x == 4147 {
		y = 4147
	} else if x == 4148 {
		y = 4148
	} else if x == 4149 {
		y = 4149
	} else if x == 4150 {
		y = 4150
	} else if x == 4151 {
		y = 4151
	} else if x == 4152 {
		y = 4152
	} else if x == 4153 {
		y = 4153
	} else if x == 4154 {
		y = 4154
	} else if x == 4155 {
		y = 4155
	} else if x == 4156 {
		y = 4156
	} else if x == 4157 {
		y = 4157
	} else if x == 4158 {
		y = 4158
	} else if x == 4159 {
		y = 4159
	} else if x == 4160 {
		y = 4160
	} else if x == 4161 {
		y = 4161
	} else if x == 4162 {
		y = 4162
	} else if x == 4163 {
		y = 4163
	} else if x == 4164 {
		y = 4164
	} else if x == 4165 {
		y = 4165
	} else if x == 4166 {
		y = 4166
	} else if x == 4167 {
		y = 4167
	} else if x == 4168 {
		y = 4168
	} else if x == 4169 {
		y = 4169
	} else if x == 4170 {
		y = 4170
	} else if x == 4171 {
		y = 4171
	} else if x == 4172 {
		y = 4172
	} else if x == 4173 {
		y = 4173
	} else if x == 4174 {
		y = 4174
	} else if x == 4175 {
		y = 4175
	} else if x == 4176 {
		y = 4176
	} else if x == 4177 {
		y = 4177
	} else if x == 4178 {
		y = 4178
	} else if x == 4179 {
		y = 4179
	} else if x == 4180 {
		y = 4180
	} else if x == 4181 {
		y = 4181
	} else if x == 4182 {
		y = 4182
	} else if x == 4183 {
		y = 4183
	} else if x == 4184 {
		y = 4184
	} else if x == 4185 {
		y = 4185
	} else if x == 4186 {
		y = 4186
	} else if x == 4187 {
		y = 4187
	} else if x == 4188 {
		y = 4188
	} else if x == 4189 {
		y = 4189
	} else if x == 4190 {
		y = 4190
	} else if x == 4191 {
		y = 4191
	} else if x == 4192 {
		y = 4192
	} else if x == 4193 {
		y = 4193
	} else if x == 4194 {
		y = 4194
	} else if x == 4195 {
		y = 4195
	} else if x == 4196 {
		y = 4196
	} else if x == 4197 {
		y = 4197
	} else if x == 4198 {
		y = 4198
	} else if x == 4199 {
		y = 4199
	} else if x == 4200 {
		y = 4200
	} else if x == 4201 {
		y = 4201
	} else if x == 4202 {
		y = 4202
	} else if x == 4203 {
		y = 4203
	} else if x == 4204 {
		y = 4204
	} else if x == 4205 {
		y = 4205
	} else if x == 4206 {
		y = 4206
	} else if x == 4207 {
		y = 4207
	} else if x == 4208 {
		y = 4208
	} else if x == 4209 {
		y = 4209
	} else if x == 4210 {
		y = 4210
	} else if x == 4211 {
		y = 4211
	} else if x == 4212 {
		y = 4212
	} else if x == 4213 {
		y = 4213
	} else if x == 4214 {
		y = 4214
	} else if x == 4215 {
		y = 4215
	} else if x == 4216 {
		y = 4216
	} else if x == 4217 {
		y = 4217
	} else if x == 4218 {
		y = 4218
	} else if x == 4219 {
		y = 4219
	} else if x == 4220 {
		y = 4220
	} else if x == 4221 {
		y = 4221
	} else if x == 4222 {
		y = 4222
	} else if x == 4223 {
		y = 4223
	} else if x == 4224 {
		y = 4224
	} else if x == 4225 {
		y = 4225
	} else if x == 4226 {
		y = 4226
	} else if x == 4227 {
		y = 4227
	} else if x == 4228 {
		y = 4228
	} else if x == 4229 {
		y = 4229
	} else if x == 4230 {
		y = 4230
	} else if x == 4231 {
		y = 4231
	} else if x == 4232 {
		y = 4232
	} else if x == 4233 {
		y = 4233
	} else if x == 4234 {
		y = 4234
	} else if x == 4235 {
		y = 4235
	} else if x == 4236 {
		y = 4236
	} else if x == 4237 {
		y = 4237
	} else if x == 4238 {
		y = 4238
	} else if x == 4239 {
		y = 4239
	} else if x == 4240 {
		y = 4240
	} else if x == 4241 {
		y = 4241
	} else if x == 4242 {
		y = 4242
	} else if x == 4243 {
		y = 4243
	} else if x == 4244 {
		y = 4244
	} else if x == 4245 {
		y = 4245
	} else if x == 4246 {
		y = 4246
	} else if x == 4247 {
		y = 4247
	} else if x == 4248 {
		y = 4248
	} else if x == 4249 {
		y = 4249
	} else if x == 4250 {
		y = 4250
	} else if x == 4251 {
		y = 4251
	} else if x == 4252 {
		y = 4252
	} else if x == 4253 {
		y = 4253
	} else if x == 4254 {
		y = 4254
	} else if x == 4255 {
		y = 4255
	} else if x == 4256 {
		y = 4256
	} else if x == 4257 {
		y = 4257
	} else if x == 4258 {
		y = 4258
	} else if x == 4259 {
		y = 4259
	} else if x == 4260 {
		y = 4260
	} else if x == 4261 {
		y = 4261
	} else if x == 4262 {
		y = 4262
	} else if x == 4263 {
		y = 4263
	} else if x == 4264 {
		y = 4264
	} else if x == 4265 {
		y = 4265
	} else if x == 4266 {
		y = 4266
	} else if x == 4267 {
		y = 4267
	} else if x == 4268 {
		y = 4268
	} else if x == 4269 {
		y = 4269
	} else if x == 4270 {
		y = 4270
	} else if x == 4271 {
		y = 4271
	} else if x == 4272 {
		y = 4272
	} else if x == 4273 {
		y = 4273
	} else if x == 4274 {
		y = 4274
	} else if x == 4275 {
		y = 4275
	} else if x == 4276 {
		y = 4276
	} else if x == 4277 {
		y = 4277
	} else if x == 4278 {
		y = 4278
	} else if x == 4279 {
		y = 4279
	} else if x == 4280 {
		y = 4280
	} else if x == 4281 {
		y = 4281
	} else if x == 4282 {
		y = 4282
	} else if x == 4283 {
		y = 4283
	} else if x == 4284 {
		y = 4284
	} else if x == 4285 {
		y = 4285
	} else if x == 4286 {
		y = 4286
	} else if x == 4287 {
		y = 4287
	} else if x == 4288 {
		y = 4288
	} else if x == 4289 {
		y = 4289
	} else if x == 4290 {
		y = 4290
	} else if x == 4291 {
		y = 4291
	} else if x == 4292 {
		y = 4292
	} else if x == 4293 {
		y = 4293
	} else if x == 4294 {
		y = 4294
	} else if x == 4295 {
		y = 4295
	} else if x == 4296 {
		y = 4296
	} else if x == 4297 {
		y = 4297
	} else if x == 4298 {
		y = 4298
	} else if x == 4299 {
		y = 4299
	} else if x == 4300 {
		y = 4300
	} else if x == 4301 {
		y = 4301
	} else if x == 4302 {
		y = 4302
	} else if x == 4303 {
		y = 4303
	} else if x == 4304 {
		y = 4304
	} else if x == 4305 {
		y = 4305
	} else if x == 4306 {
		y = 4306
	} else if x == 4307 {
		y = 4307
	} else if x == 4308 {
		y = 4308
	} else if x == 4309 {
		y = 4309
	} else if x == 4310 {
		y = 4310
	} else if x == 4311 {
		y = 4311
	} else if x == 4312 {
		y = 4312
	} else if x == 4313 {
		y = 4313
	} else if x == 4314 {
		y = 4314
	} else if x == 4315 {
		y = 4315
	} else if x == 4316 {
		y = 4316
	} else if x == 4317 {
		y = 4317
	} else if x == 4318 {
		y = 4318
	} else if x == 4319 {
		y = 4319
	} else if x == 4320 {
		y = 4320
	} else if x == 4321 {
		y = 4321
	} else if x == 4322 {
		y = 4322
	} else if x == 4323 {
		y = 4323
	} else if x == 4324 {
		y = 4324
	} else if x == 4325 {
		y = 4325
	} else if x == 4326 {
		y = 4326
	} else if x == 4327 {
		y = 4327
	} else if x == 4328 {
		y = 4328
	} else if x == 4329 {
		y = 4329
	} else if x == 4330 {
		y = 4330
	} else if x == 4331 {
		y = 4331
	} else if x == 4332 {
		y = 4332
	} else if x == 4333 {
		y = 4333
	} else if x == 4334 {
		y = 4334
	} else if x == 4335 {
		y = 4335
	} else if x == 4336 {
		y = 4336
	} else if x == 4337 {
		y = 4337
	} else if x == 4338 {
		y = 4338
	} else if x == 4339 {
		y = 4339
	} else if x == 4340 {
		y = 4340
	} else if x == 4341 {
		y = 4341
	} else if x == 4342 {
		y = 4342
	} else if x == 4343 {
		y = 4343
	} else if x == 4344 {
		y = 4344
	} else if x == 4345 {
		y = 4345
	} else if x == 4346 {
		y = 4346
	} else if x == 4347 {
		y = 4347
	} else if x == 4348 {
		y = 4348
	} else if x == 4349 {
		y = 4349
	} else if x == 4350 {
		y = 4350
	} else if x == 4351 {
		y = 4351
	} else if x == 4352 {
		y = 4352
	} else if x == 4353 {
		y = 4353
	} else if x == 4354 {
		y = 4354
	} else if x == 4355 {
		y = 4355
	} else if x == 4356 {
		y = 4356
	} else if x == 4357 {
		y = 4357
	} else if x == 4358 {
		y = 4358
	} else if x == 4359 {
		y = 4359
	} else if x == 4360 {
		y = 4360
	} else if x == 4361 {
		y = 4361
	} else if x == 4362 {
		y = 4362
	} else if x == 4363 {
		y = 4363
	} else if x == 4364 {
		y = 4364
	} else if x == 4365 {
		y = 4365
	} else if x == 4366 {
		y = 4366
	} else if x == 4367 {
		y = 4367
	} else if x == 4368 {
		y = 4368
	} else if x == 4369 {
		y = 4369
	} else if x == 4370 {
		y = 4370
	} else if x == 4371 {
		y = 4371
	} else if x == 4372 {
		y = 4372
	} else if x == 4373 {
		y = 4373
	} else if x == 4374 {
		y = 4374
	} else if x == 4375 {
		y = 4375
	} else if x == 4376 {
		y = 4376
	} else if x == 4377 {
		y = 4377
	} else if x == 4378 {
		y = 4378
	} else if x == 4379 {
		y = 4379
	} else if x == 4380 {
		y = 4380
	} else if x == 4381 {
		y = 4381
	} else if x == 4382 {
		y = 4382
	} else if x == 4383 {
		y = 4383
	} else if x == 4384 {
		y = 4384
	} else if x == 4385 {
		y = 4385
	} else if x == 4386 {
		y = 4386
	} else if x == 4387 {
		y = 4387
	} else if x == 4388 {
		y = 4388
	} else if x == 4389 {
		y = 4389
	} else if x == 4390 {
		y = 4390
	} else if x == 4391 {
		y = 4391
	} else if x == 4392 {
		y = 4392
	} else if x == 4393 {
		y = 4393
	} else if x == 4394 {
		y = 4394
	} else if x == 4395 {
		y = 4395
	} else if x == 4396 {
		y = 4396
	} else if x == 4397 {
		y = 4397
	} else if x == 4398 {
		y = 4398
	} else if x == 4399 {
		y = 4399
	} else if x == 4400 {
		y = 4400
	} else if x == 4401 {
		y = 4401
	} else if x == 4402 {
		y = 4402
	} else if x == 4403 {
		y = 4403
	} else if x == 4404 {
		y = 4404
	} else if x == 4405 {
		y = 4405
	} else if x == 4406 {
		y = 4406
	} else if x == 4407 {
		y = 4407
	} else if x == 4408 {
		y = 4408
	} else if x == 4409 {
		y = 4409
	} else if x == 4410 {
		y = 4410
	} else if x == 4411 {
		y = 4411
	} else if x == 4412 {
		y = 4412
	} else if x == 4413 {
		y = 4413
	} else if x == 4414 {
		y = 4414
	} else if x == 4415 {
		y = 4415
	} else if x == 4416 {
		y = 4416
	} else if x == 4417 {
		y = 4417
	} else if x == 4418 {
		y = 4418
	} else if x == 4419 {
		y = 4419
	} else if x == 4420 {
		y = 4420
	} else if x == 4421 {
		y = 4421
	} else if x == 4422 {
		y = 4422
	} else if x == 4423 {
		y = 4423
	} else if x == 4424 {
		y = 4424
	} else if x == 4425 {
		y = 4425
	} else if x == 4426 {
		y = 4426
	} else if x == 4427 {
		y = 4427
	} else if x == 4428 {
		y = 4428
	} else if x == 4429 {
		y = 4429
	} else if x == 4430 {
		y = 4430
	} else if x == 4431 {
		y = 4431
	} else if x == 4432 {
		y = 4432
	} else if x == 4433 {
		y = 4433
	} else if x == 4434 {
		y = 4434
	} else if x == 4435 {
		y = 4435
	} else if x == 4436 {
		y = 4436
	} else if x == 4437 {
		y = 4437
	} else if x == 4438 {
		y = 4438
	} else if x == 4439 {
		y = 4439
	} else if x == 4440 {
		y = 4440
	} else if x == 4441 {
		y = 4441
	} else if x == 4442 {
		y = 4442
	} else if x == 4443 {
		y = 4443
	} else if x == 4444 {
		y = 4444
	} else if x == 4445 {
		y = 4445
	} else if x == 4446 {
		y = 4446
	} else if x == 4447 {
		y = 4447
	} else if x == 4448 {
		y = 4448
	} else if x == 4449 {
		y = 4449
	} else if x == 4450 {
		y = 4450
	} else if x == 4451 {
		y = 4451
	} else if x == 4452 {
		y = 4452
	} else if x == 4453 {
		y = 4453
	} else if x == 4454 {
		y = 4454
	} else if x == 4455 {
		y = 4455
	} else if x == 4456 {
		y = 4456
	} else if x == 4457 {
		y = 4457
	} else if x == 4458 {
		y = 4458
	} else if x == 4459 {
		y = 4459
	} else if x == 4460 {
		y = 4460
	} else if x == 4461 {
		y = 4461
	} else if x == 4462 {
		y = 4462
	} else if x == 4463 {
		y = 4463
	} else if x == 4464 {
		y = 4464
	} else if x == 4465 {
		y = 4465
	} else if x == 4466 {
		y = 4466
	} else if x == 4467 {
		y = 4467
	} else if x == 4468 {
		y = 4468
	} else if x == 4469 {
		y = 4469
	} else if x == 4470 {
		y = 4470
	} else if x == 4471 {
		y = 4471
	} else if x == 4472 {
		y = 4472
	} else if x == 4473 {
		y = 4473
	} else if x == 4474 {
		y = 4474
	} else if x == 4475 {
		y = 4475
	} else if x == 4476 {
		y = 4476
	} else if x == 4477 {
		y = 4477
	} else if x == 4478 {
		y = 4478
	} else if x == 4479 {
		y = 4479
	} else if x == 4480 {
		y = 4480
	} else if x == 4481 {
		y = 4481
	} else if x == 4482 {
		y = 4482
	} else if x == 4483 {
		y = 4483
	} else if x == 4484 {
		y = 4484
	} else if x == 4485 {
		y = 4485
	} else if x == 4486 {
		y = 4486
	} else if x == 4487 {
		y = 4487
	} else if x == 4488 {
		y = 4488
	} else if x == 4489 {
		y = 4489
	} else if x == 4490 {
		y = 4490
	} else if x == 4491 {
		y = 4491
	} else if x == 4492 {
		y = 4492
	} else if x == 4493 {
		y = 4493
	} else if x == 4494 {
		y = 4494
	} else if x == 4495 {
		y = 4495
	} else if x == 4496 {
		y = 4496
	} else if x == 4497 {
		y = 4497
	} else if x == 4498 {
		y = 4498
	} else if x == 4499 {
		y = 4499
	} else if x == 4500 {
		y = 4500
	} else if x == 4501 {
		y = 4501
	} else if x == 4502 {
		y = 4502
	} else if x == 4503 {
		y = 4503
	} else if x == 4504 {
		y = 4504
	} else if x == 4505 {
		y = 4505
	} else if x == 4506 {
		y = 4506
	} else if x == 4507 {
		y = 4507
	} else if x == 4508 {
		y = 4508
	} else if x == 4509 {
		y = 4509
	} else if x == 4510 {
		y = 4510
	} else if x == 4511 {
		y = 4511
	} else if x == 4512 {
		y = 4512
	} else if x == 4513 {
		y = 4513
	} else if x == 4514 {
		y = 4514
	} else if x == 4515 {
		y = 4515
	} else if x == 4516 {
		y = 4516
	} else if x == 4517 {
		y = 4517
	} else if x == 4518 {
		y = 4518
	} else if x == 4519 {
		y = 4519
	} else if x == 4520 {
		y = 4520
	} else if x == 4521 {
		y = 4521
	} else if x == 4522 {
		y = 4522
	} else if x == 4523 {
		y = 4523
	} else if x == 4524 {
		y = 4524
	} else if x == 4525 {
		y = 4525
	} else if x == 4526 {
		y = 4526
	} else if x == 4527 {
		y = 4527
	} else if x == 4528 {
		y = 4528
	} else if x == 4529 {
		y = 4529
	} else if x == 4530 {
		y = 4530
	} else if x == 4531 {
		y = 4531
	} else if x == 4532 {
		y = 4532
	} else if x == 4533 {
		y = 4533
	} else if x == 4534 {
		y = 4534
	} else if x == 4535 {
		y = 4535
	} else if x == 4536 {
		y = 4536
	} else if x == 4537 {
		y = 4537
	} else if x == 4538 {
		y = 4538
	} else if x == 4539 {
		y = 4539
	} else if x == 4540 {
		y = 4540
	} else if x == 4541 {
		y = 4541
	} else if x == 4542 {
		y = 4542
	} else if x == 4543 {
		y = 4543
	} else if x == 4544 {
		y = 4544
	} else if x == 4545 {
		y = 4545
	} else if x == 4546 {
		y = 4546
	} else if x == 4547 {
		y = 4547
	} else if x == 4548 {
		y = 4548
	} else if x == 4549 {
		y = 4549
	} else if x == 4550 {
		y = 4550
	} else if x == 4551 {
		y = 4551
	} else if x == 4552 {
		y = 4552
	} else if x == 4553 {
		y = 4553
	} else if x == 4554 {
		y = 4554
	} else if x == 4555 {
		y = 4555
	} else if x == 4556 {
		y = 4556
	} else if x == 4557 {
		y = 4557
	} else if x == 4558 {
		y = 4558
	} else if x == 4559 {
		y = 4559
	} else if x == 4560 {
		y = 4560
	} else if x == 4561 {
		y = 4561
	} else if x == 4562 {
		y = 4562
	} else if x == 4563 {
		y = 4563
	} else if x == 4564 {
		y = 4564
	} else if x == 4565 {
		y = 4565
	} else if x == 4566 {
		y = 4566
	} else if x == 4567 {
		y = 4567
	} else if x == 4568 {
		y = 4568
	} else if x == 4569 {
		y = 4569
	} else if x == 4570 {
		y = 4570
	} else if x == 4571 {
		y = 4571
	} else if x == 4572 {
		y = 4572
	} else if x == 4573 {
		y = 4573
	} else if x == 4574 {
		y = 4574
	} else if x == 4575 {
		y = 4575
	} else if x == 4576 {
		y = 4576
	} else if x == 4577 {
		y = 4577
	} else if x == 4578 {
		y = 4578
	} else if x == 4579 {
		y = 4579
	} else if x == 4580 {
		y = 4580
	} else if x == 4581 {
		y = 4581
	} else if x == 4582 {
		y = 4582
	} else if x == 4583 {
		y = 4583
	} else if x == 4584 {
		y = 4584
	} else if x == 4585 {
		y = 4585
	} else if x == 4586 {
		y = 4586
	} else if x == 4587 {
		y = 4587
	} else if x == 4588 {
		y = 4588
	} else if x == 4589 {
		y = 4589
	} else if x == 4590 {
		y = 4590
	} else if x == 4591 {
		y = 4591
	} else if x == 4592 {
		y = 4592
	} else if x == 4593 {
		y = 4593
	} else if x == 4594 {
		y = 4594
	} else if x == 4595 {
		y = 4595
	} else if x == 4596 {
		y = 4596
	} else if x == 4597 {
		y = 4597
	} else if x == 4598 {
		y = 4598
	} else if x == 4599 {
		y = 4599
	} else if x == 4600 {
		y = 4600
	} else if x == 4601 {
		y = 4601
	} else if x == 4602 {
		y = 4602
	} else if x == 4603 {
		y = 4603
	} else if x == 4604 {
		y = 4604
	} else if x == 4605 {
		y = 4605
	} else if x == 4606 {
		y = 4606
	} else if x == 4607 {
		y = 4607
	} else if x == 4608 {
		y = 4608
	} else if x == 4609 {
		y = 4609
	} else if x == 4610 {
		y = 4610
	} else if x == 4611 {
		y = 4611
	} else if x == 4612 {
		y = 4612
	} else if x == 4613 {
		y = 4613
	} else if x == 4614 {
		y = 4614
	} else if x == 4615 {
		y = 4615
	} else if x == 4616 {
		y = 4616
	} else if x == 4617 {
		y = 4617
	} else if x == 4618 {
		y = 4618
	} else if x == 4619 {
		y = 4619
	} else if x == 4620 {
		y = 4620
	} else if x == 4621 {
		y = 4621
	} else if x == 4622 {
		y = 4622
	} else if x == 4623 {
		y = 4623
	} else if x == 4624 {
		y = 4624
	} else if x == 4625 {
		y = 4625
	} else if x == 4626 {
		y = 4626
	} else if x == 4627 {
		y = 4627
	} else if x == 4628 {
		y = 4628
	} else if x == 4629 {
		y = 4629
	} else if x == 4630 {
		y = 4630
	} else if x == 4631 {
		y = 4631
	} else if x == 4632 {
		y = 4632
	} else if x == 4633 {
		y = 4633
	} else if x == 4634 {
		y = 4634
	} else if x == 4635 {
		y = 4635
	} else if x == 4636 {
		y = 4636
	} else if x == 4637 {
		y = 4637
	} else if x == 4638 {
		y = 4638
	} else if x == 4639 {
		y = 4639
	} else if x == 4640 {
		y = 4640
	} else if x == 4641 {
		y = 4641
	} else if x == 4642 {
		y = 4642
	} else if x == 4643 {
		y = 4643
	} else if x == 4644 {
		y = 4644
	} else if x == 4645 {
		y = 4645
	} else if x == 4646 {
		y = 4646
	} else if x == 4647 {
		y = 4647
	} else if x == 4648 {
		y = 4648
	} else if x == 4649 {
		y = 4649
	} else if x == 4650 {
		y = 4650
	} else if x == 4651 {
		y = 4651
	} else if x == 4652 {
		y = 4652
	} else if x == 4653 {
		y = 4653
	} else if x == 4654 {
		y = 4654
	} else if x == 4655 {
		y = 4655
	} else if x == 4656 {
		y = 4656
	} else if x == 4657 {
		y = 4657
	} else if x == 4658 {
		y = 4658
	} else if x == 4659 {
		y = 4659
	} else if x == 4660 {
		y = 4660
	} else if x == 4661 {
		y = 4661
	} else if x == 4662 {
		y = 4662
	} else if x == 4663 {
		y = 4663
	} else if x == 4664 {
		y = 4664
	} else if x == 4665 {
		y = 4665
	} else if x == 4666 {
		y = 4666
	} else if x == 4667 {
		y = 4667
	} else if x == 4668 {
		y = 4668
	} else if x == 4669 {
		y = 4669
	} else if x == 4670 {
		y = 4670
	} else if x == 4671 {
		y = 4671
	} else if x == 4672 {
		y = 4672
	} else if x == 4673 {
		y = 4673
	} else if x == 4674 {
		y = 4674
	} else if x == 4675 {
		y = 4675
	} else if x == 4676 {
		y = 4676
	} else if x == 4677 {
		y = 4677
	} else if x == 4678 {
		y = 4678
	} else if x == 4679 {
		y = 4679
	} else if x == 4680 {
		y = 4680
	} else if x == 4681 {
		y = 4681
	} else if x == 4682 {
		y = 4682
	} else if x == 4683 {
		y = 4683
	} else if x == 4684 {
		y = 4684
	} else if x == 4685 {
		y = 4685
	} else if x == 4686 {
		y = 4686
	} else if x == 4687 {
		y = 4687
	} else if x == 4688 {
		y = 4688
	} else if x == 4689 {
		y = 4689
	} else if x == 4690 {
		y = 4690
	} else if x == 4691 {
		y = 4691
	} else if x == 4692 {
		y = 4692
	} else if x == 4693 {
		y = 4693
	} else if x == 4694 {
		y = 4694
	} else if x == 4695 {
		y = 4695
	} else if x == 4696 {
		y = 4696
	} else if x == 4697 {
		y = 4697
	} else if x == 4698 {
		y = 4698
	} else if x == 4699 {
		y = 4699
	} else if x == 4700 {
		y = 4700
	} else if x == 4701 {
		y = 4701
	} else if x == 4702 {
		y = 4702
	} else if x == 4703 {
		y = 4703
	} else if x == 4704 {
		y = 4704
	} else if x == 4705 {
		y = 4705
	} else if x == 4706 {
		y = 4706
	} else if x == 4707 {
		y = 4707
	} else if x == 4708 {
		y = 4708
	} else if x == 4709 {
		y = 4709
	} else if x == 4710 {
		y = 4710
	} else if x == 4711 {
		y = 4711
	} else if x == 4712 {
		y = 4712
	} else if x == 4713 {
		y = 4713
	} else if x == 4714 {
		y = 4714
	} else if x == 4715 {
		y = 4715
	} else if x == 4716 {
		y = 4716
	} else if x == 4717 {
		y = 4717
	} else if x == 4718 {
		y = 4718
	} else if x == 4719 {
		y = 4719
	} else if x == 4720 {
		y = 4720
	} else if x == 4721 {
		y = 4721
	} else if x == 4722 {
		y = 4722
	} else if x == 4723 {
		y = 4723
	} else if x == 4724 {
		y = 4724
	} else if x == 4725 {
		y = 4725
	} else if x == 4726 {
		y = 4726
	} else if x == 4727 {
		y = 4727
	} else if x == 4728 {
		y = 4728
	} else if x == 4729 {
		y = 4729
	} else if x == 4730 {
		y = 4730
	} else if x == 4731 {
		y = 4731
	} else if x == 4732 {
		y = 4732
	} else if x == 4733 {
		y = 4733
	} else if x == 4734 {
		y = 4734
	} else if x == 4735 {
		y = 4735
	} else if x == 4736 {
		y = 4736
	} else if x == 4737 {
		y = 4737
	} else if x == 4738 {
		y = 4738
	} else if x == 4739 {
		y = 4739
	} else if x == 4740 {
		y = 4740
	} else if x == 4741 {
		y = 4741
	} else if x == 4742 {
		y = 4742
	} else if x == 4743 {
		y = 4743
	} else if x == 4744 {
		y = 4744
	} else if x == 4745 {
		y = 4745
	} else if x == 4746 {
		y = 4746
	} else if x == 4747 {
		y = 4747
	} else if x == 4748 {
		y = 4748
	} else if x == 4749 {
		y = 4749
	} else if x == 4750 {
		y = 4750
	} else if x == 4751 {
		y = 4751
	} else if x == 4752 {
		y = 4752
	} else if x == 4753 {
		y = 4753
	} else if x == 4754 {
		y = 4754
	} else if x == 4755 {
		y = 4755
	} else if x == 4756 {
		y = 4756
	} else if x == 4757 {
		y = 4757
	} else if x == 4758 {
		y = 4758
	} else if x == 4759 {
		y = 4759
	} else if x == 4760 {
		y = 4760
	} else if x == 4761 {
		y = 4761
	} else if x == 4762 {
		y = 4762
	} else if x == 4763 {
		y = 4763
	} else if x == 4764 {
		y = 4764
	} else if x == 4765 {
		y = 4765
	} else if x == 4766 {
		y = 4766
	} else if x == 4767 {
		y = 4767
	} else if x == 4768 {
		y = 4768
	} else if x == 4769 {
		y = 4769
	} else if x == 4770 {
		y = 4770
	} else if x == 4771 {
		y = 4771
	} else if x == 4772 {
		y = 4772
	} else if x == 4773 {
		y = 4773
	} else if x == 4774 {
		y = 4774
	} else if x == 4775 {
		y = 4775
	} else if x == 4776 {
		y = 4776
	} else if x == 4777 {
		y = 4777
	} else if x == 4778 {
		y = 4778
	} else if x == 4779 {
		y = 4779
	} else if x == 4780 {
		y = 4780
	} else if x == 4781 {
		y = 4781
	} else if x == 4782 {
		y = 4782
	} else if x == 4783 {
		y = 4783
	} else if x == 4784 {
		y = 4784
	} else if x == 4785 {
		y = 4785
	} else if x == 4786 {
		y = 4786
	} else if x == 4787 {
		y = 4787
	} else if x == 4788 {
		y = 4788
	} else if x == 4789 {
		y = 4789
	} else if x == 4790 {
		y = 4790
	} else if x == 4791 {
		y = 4791
	} else if x == 4792 {
		y = 4792
	} else if x == 4793 {
		y = 4793
	} else if x == 4794 {
		y = 4794
	} else if x == 4795 {
		y = 4795
	} else if x == 4796 {
		y = 4796
	} else if x == 4797 {
		y = 4797
	} else if x == 4798 {
		y = 4798
	} else if x == 4799 {
		y = 4799
	} else if x == 4800 {
		y = 4800
	} else if x == 4801 {
		y = 4801
	} else if x == 4802 {
		y = 4802
	} else if x == 4803 {
		y = 4803
	} else if x == 4804 {
		y = 4804
	} else if x == 4805 {
		y = 4805
	} else if x == 4806 {
		y = 4806
	} else if x == 4807 {
		y = 4807
	} else if x == 4808 {
		y = 4808
	} else if x == 4809 {
		y = 4809
	} else if x == 4810 {
		y = 4810
	} else if x == 4811 {
		y = 4811
	} else if x == 4812 {
		y = 4812
	} else if x == 4813 {
		y = 4813
	} else if x == 4814 {
		y = 4814
	} else if x == 4815 {
		y = 4815
	} else if x == 4816 {
		y = 4816
	} else if x == 4817 {
		y = 4817
	} else if x == 4818 {
		y = 4818
	} else if x == 4819 {
		y = 4819
	} else if x == 4820 {
		y = 4820
	} else if x == 4821 {
		y = 4821
	} else if x == 4822 {
		y = 4822
	} else if x == 4823 {
		y = 4823
	} else if x == 4824 {
		y = 4824
	} else if x == 4825 {
		y = 4825
	} else if x == 4826 {
		y = 4826
	} else if x == 4827 {
		y = 4827
	} else if x == 4828 {
		y = 4828
	} else if x == 4829 {
		y = 4829
	} else if x == 4830 {
		y = 4830
	} else if x == 4831 {
		y = 4831
	} else if x == 4832 {
		y = 4832
	} else if x == 4833 {
		y = 4833
	} else if x == 4834 {
		y = 4834
	} else if x == 4835 {
		y = 4835
	} else if x == 4836 {
		y = 4836
	} else if x == 4837 {
		y = 4837
	} else if x == 4838 {
		y = 4838
	} else if x == 4839 {
		y = 4839
	} else if x == 4840 {
		y = 4840
	} else if x == 4841 {
		y = 4841
	} else if x == 4842 {
		y = 4842
	} else if x == 4843 {
		y = 4843
	} else if x == 4844 {
		y = 4844
	} else if x == 4845 {
		y = 4845
	} else if x == 4846 {
		y = 4846
	} else if x == 4847 {
		y = 4847
	} else if x == 4848 {
		y = 4848
	} else if x == 4849 {
		y = 4849
	} else if x == 4850 {
		y = 4850
	} else if x == 4851 {
		y = 4851
	} else if x == 4852 {
		y = 4852
	} else if x == 4853 {
		y = 4853
	} else if x == 4854 {
		y = 4854
	} else if x == 4855 {
		y = 4855
	} else if x == 4856 {
		y = 4856
	} else if x == 4857 {
		y = 4857
	} else if x == 4858 {
		y = 4858
	} else if x == 4859 {
		y = 4859
	} else if x == 4860 {
		y = 4860
	} else if x == 4861 {
		y = 4861
	} else if x == 4862 {
		y = 4862
	} else if x == 4863 {
		y = 4863
	} else if x == 4864 {
		y = 4864
	} else if x == 4865 {
		y = 4865
	} else if x == 4866 {
		y = 4866
	} else if x == 4867 {
		y = 4867
	} else if x == 4868 {
		y = 4868
	} else if x == 4869 {
		y = 4869
	} else if x == 4870 {
		y = 4870
	} else if x == 4871 {
		y = 4871
	} else if x == 4872 {
		y = 4872
	} else if x == 4873 {
		y = 4873
	} else if x == 4874 {
		y = 4874
	} else if x == 4875 {
		y = 4875
	} else if x == 4876 {
		y = 4876
	} else if x == 4877 {
		y = 4877
	} else if x == 4878 {
		y = 4878
	} else if x == 4879 {
		y = 4879
	} else if x == 4880 {
		y = 4880
	} else if x == 4881 {
		y = 4881
	} else if x == 4882 {
		y = 4882
	} else if x == 4883 {
		y = 4883
	} else if x == 4884 {
		y = 4884
	} else if x == 4885 {
		y = 4885
	} else if x == 4886 {
		y = 4886
	} else if x == 4887 {
		y = 4887
	} else if x == 4888 {
		y = 4888
	} else if x == 4889 {
		y = 4889
	} else if x == 4890 {
		y = 4890
	} else if x == 4891 {
		y = 4891
	} else if x == 4892 {
		y = 4892
	} else if x == 4893 {
		y = 4893
	} else if x == 4894 {
		y = 4894
	} else if x == 4895 {
		y = 4895
	} else if x == 4896 {
		y = 4896
	} else if x == 4897 {
		y = 4897
	} else if x == 4898 {
		y = 4898
	} else if x == 4899 {
		y = 4899
	} else if x == 4900 {
		y = 4900
	} else if x == 4901 {
		y = 4901
	} else if x == 4902 {
		y = 4902
	} else if x == 4903 {
		y = 4903
	} else if x == 4904 {
		y = 4904
	} else if x == 4905 {
		y = 4905
	} else if x == 4906 {
		y = 4906
	} else if x == 4907 {
		y = 4907
	} else if x == 4908 {
		y = 4908
	} else if x == 4909 {
		y = 4909
	} else if x == 4910 {
		y = 4910
	} else if x == 4911 {
		y = 4911
	} else if x == 4912 {
		y = 4912
	} else if x == 4913 {
		y = 4913
	} else if x == 4914 {
		y = 4914
	} else if x == 4915 {
		y = 4915
	} else if x == 4916 {
		y = 4916
	} else if x == 4917 {
		y = 4917
	} else if x == 4918 {
		y = 4918
	} else if x == 4919 {
		y = 4919
	} else if x == 4920 {
		y = 4920
	} else if x == 4921 {
		y = 4921
	} else if x == 4922 {
		y = 4922
	} else if x == 4923 {
		y = 4923
	} else if x == 4924 {
		y = 4924
	} else if x == 4925 {
		y = 4925
	} else if x == 4926 {
		y = 4926
	} else if x == 4927 {
		y = 4927
	} else if x == 4928 {
		y = 4928
	} else if x == 4929 {
		y = 4929
	} else if x == 4930 {
		y = 4930
	} else if x == 4931 {
		y = 4931
	} else if x == 4932 {
		y = 4932
	} else if x == 4933 {
		y = 4933
	} else if x == 4934 {
		y = 4934
	} else if x == 4935 {
		y = 4935
	} else if x == 4936 {
		y = 4936
	} else if x == 4937 {
		y = 4937
	} else if x == 4938 {
		y = 4938
	} else if x == 4939 {
		y = 4939
	} else if x == 4940 {
		y = 4940
	} else if x == 4941 {
		y = 4941
	} else if x == 4942 {
		y = 4942
	} else if x == 4943 {
		y = 4943
	} else if x == 4944 {
		y = 4944
	} else if x == 4945 {
		y = 4945
	} else if x == 4946 {
		y = 4946
	} else if x == 4947 {
		y = 4947
	} else if x == 4948 {
		y = 4948
	} else if x == 4949 {
		y = 4949
	} else if x == 4950 {
		y = 4950
	} else if x == 4951 {
		y = 4951
	} else if x == 4952 {
		y = 4952
	} else if x == 4953 {
		y = 4953
	} else if x == 4954 {
		y = 4954
	} else if x == 4955 {
		y = 4955
	} else if x == 4956 {
		y = 4956
	} else if x == 4957 {
		y = 4957
	} else if x == 4958 {
		y = 4958
	} else if x == 4959 {
		y = 4959
	} else if x == 4960 {
		y = 4960
	} else if x == 4961 {
		y = 4961
	} else if x == 4962 {
		y = 4962
	} else if x == 4963 {
		y = 4963
	} else if x == 4964 {
		y = 4964
	} else if x == 4965 {
		y = 4965
	} else if x == 4966 {
		y = 4966
	} else if x == 4967 {
		y = 4967
	} else if x == 4968 {
		y = 4968
	} else if x == 4969 {
		y = 4969
	} else if x == 4970 {
		y = 4970
	} else if x == 4971 {
		y = 4971
	} else if x == 4972 {
		y = 4972
	} else if x == 4973 {
		y = 4973
	} else if x == 4974 {
		y = 4974
	} else if x == 4975 {
		y = 4975
	} else if x == 4976 {
		y = 4976
	} else if x == 4977 {
		y = 4977
	} else if x == 4978 {
		y = 4978
	} else if x == 4979 {
		y = 4979
	} else if x == 4980 {
		y = 4980
	} else if x == 4981 {
		y = 4981
	} else if x == 4982 {
		y = 4982
	} else if x == 4983 {
		y = 4983
	} else if x == 4984 {
		y = 4984
	} else if x == 4985 {
		y = 4985
	} else if x == 4986 {
		y = 4986
	} else if x == 4987 {
		y = 4987
	} else if x == 4988 {
		y = 4988
	} else if x == 4989 {
		y = 4989
	} else if x == 4990 {
		y = 4990
	} else if x == 4991 {
		y = 4991
	} else if x == 4992 {
		y = 4992
	} else if x == 4993 {
		y = 4993
	} else if x == 4994 {
		y = 4994
	} else if x == 4995 {
		y = 4995
	} else if x == 4996 {
		y = 4996
	} else if x == 4997 {
		y = 4997
	} else if x == 4998 {
		y = 4998
	} else if x == 4999 {
		y = 4999
	} else if x == 5000 {
		y = 5000
	} else if x == 5001 {
		y = 5001
	} else if x == 5002 {
		y = 5002
	} else if x == 5003 {
		y = 5003
	} else if x == 5004 {
		y = 5004
	} else if x == 5005 {
		y = 5005
	} else if x == 5006 {
		y = 5006
	} else if x == 5007 {
		y = 5007
	} else if x == 5008 {
		y = 5008
	} else if x == 5009 {
		y = 5009
	} else if x == 5010 {
		y = 5010
	} else if x == 5011 {
		y = 5011
	} else if x == 5012 {
		y = 5012
	} else if x == 5013 {
		y = 5013
	} else if x == 5014 {
		y = 5014
	} else if x == 5015 {
		y = 5015
	} else if x == 5016 {
		y = 5016
	} else if x == 5017 {
		y = 5017
	} else if x == 5018 {
		y = 5018
	} else if x == 5019 {
		y = 5019
	} else if x == 5020 {
		y = 5020
	} else if x == 5021 {
		y = 5021
	} else if x == 5022 {
		y = 5022
	} else if x == 5023 {
		y = 5023
	} else if x == 5024 {
		y = 5024
	} else if x == 5025 {
		y = 5025
	} else if x == 5026 {
		y = 5026
	} else if x == 5027 {
		y = 5027
	} else if x == 5028 {
		y = 5028
	} else if x == 5029 {
		y = 5029
	} else if x == 5030 {
		y = 5030
	} else if x == 5031 {
		y = 5031
	} else if x == 5032 {
		y = 5032
	} else if x == 5033 {
		y = 5033
	} else if x == 5034 {
		y = 5034
	} else if x == 5035 {
		y = 5035
	} else if x == 5036 {
		y = 5036
	} else if x == 5037 {
		y = 5037
	} else if x == 5038 {
		y = 5038
	} else if x == 5039 {
		y = 5039
	} else if x == 5040 {
		y = 5040
	} else if x == 5041 {
		y = 5041
	} else if x == 5042 {
		y = 5042
	} else if x == 5043 {
		y = 5043
	} else if x == 5044 {
		y = 5044
	} else if x == 5045 {
		y = 5045
	} else if x == 5046 {
		y = 5046
	} else if x == 5047 {
		y = 5047
	} else if x == 5048 {
		y = 5048
	} else if x == 5049 {
		y = 5049
	} else if x == 5050 {
		y = 5050
	} else if x == 5051 {
		y = 5051
	} else if x == 5052 {
		y = 5052
	} else if x == 5053 {
		y = 5053
	} else if x == 5054 {
		y = 5054
	} else if x == 5055 {
		y = 5055
	} else if x == 5056 {
		y = 5056
	} else if x == 5057 {
		y = 5057
	} else if x == 5058 {
		y = 5058
	} else if x == 5059 {
		y = 5059
	} else if x == 5060 {
		y = 5060
	} else if x == 5061 {
		y = 5061
	} else if x == 5062 {
		y = 5062
	} else if x == 5063 {
		y = 5063
	} else if x == 5064 {
		y = 5064
	} else if x == 5065 {
		y = 5065
	} else if x == 5066 {
		y = 5066
	} else if x == 5067 {
		y = 5067
	} else if x == 5068 {
		y = 5068
	} else if x == 5069 {
		y = 5069
	} else if x == 5070 {
		y = 5070
	} else if x == 5071 {
		y = 5071
	} else if x == 5072 {
		y = 5072
	} else if x == 5073 {
		y = 5073
	} else if x == 5074 {
		y = 5074
	} else if x == 5075 {
		y = 5075
	} else if x == 5076 {
		y = 5076
	} else if x == 5077 {
		y = 5077
	} else if x == 5078 {
		y = 5078
	} else if x == 5079 {
		y = 5079
	} else if x == 5080 {
		y = 5080
	} else if x == 5081 {
		y = 5081
	} else if x == 5082 {
		y = 5082
	} else if x == 5083 {
		y = 5083
	} else if x == 5084 {
		y = 5084
	} else if x == 5085 {
		y = 5085
	} else if x == 5086 {
		y = 5086
	} else if x == 5087 {
		y = 5087
	} else if x == 5088 {
		y = 5088
	} else if x == 5089 {
		y = 5089
	} else if x == 5090 {
		y = 5090
	} else if x == 5091 {
		y = 5091
	} else if x == 5092 {
		y = 5092
	} else if x == 5093 {
		y = 5093
	} else if x == 5094 {
		y = 5094
	} else if x == 5095 {
		y = 5095
	} else if x == 5096 {
		y = 5096
	} else if x == 5097 {
		y = 5097
	} else if x == 5098 {
		y = 5098
	} else if x == 5099 {
		y = 5099
	} else if x == 5100 {
		y = 5100
	} else if x == 5101 {
		y = 5101
	} else if x == 5102 {
		y = 5102
	} else if x == 5103 {
		y = 5103
	} else if x == 5104 {
		y = 5104
	} else if x == 5105 {
		y = 5105
	} else if x == 5106 {
		y = 5106
	} else if x == 5107 {
		y = 5107
	} else if x == 5108 {
		y = 5108
	} else if x == 5109 {
		y = 5109
	} else if x == 5110 {
		y = 5110
	} else if x == 5111 {
		y = 5111
	} else if x == 5112 {
		y = 5112
	} else if x == 5113 {
		y = 5113
	} else if x == 5114 {
		y = 5114
	} else if x == 5115 {
		y = 5115
	} else if x == 5116 {
		y = 5116
	} else if x == 5117 {
		y = 5117
	} else if x == 5118 {
		y = 5118
	} else if x == 5119 {
		y = 5119
	} else if x == 5120 {
		y = 5120
	} else if x == 5121 {
		y = 5121
	} else if x == 5122 {
		y = 5122
	} else if x == 5123 {
		y = 5123
	} else if x == 5124 {
		y = 5124
	} else if x == 5125 {
		y = 5125
	} else if x == 5126 {
		y = 5126
	} else if x == 5127 {
		y = 5127
	} else if x == 5128 {
		y = 5128
	} else if x == 5129 {
		y = 5129
	} else if x == 5130 {
		y = 5130
	} else if x == 5131 {
		y = 5131
	} else if x == 5132 {
		y = 5132
	} else if x == 5133 {
		y = 5133
	} else if x == 5134 {
		y = 5134
	} else if x == 5135 {
		y = 5135
	} else if x == 5136 {
		y = 5136
	} else if x == 5137 {
		y = 5137
	} else if x == 5138 {
		y = 5138
	} else if x == 5139 {
		y = 5139
	} else if x == 5140 {
		y = 5140
	} else if x == 5141 {
		y = 5141
	} else if x == 5142 {
		y = 5142
	} else if x == 5143 {
		y = 5143
	} else if x == 5144 {
		y = 5144
	} else if x == 5145 {
		y = 5145
	} else if x == 5146 {
		y = 5146
	} else if x == 5147 {
		y = 5147
	} else if x == 5148 {
		y = 5148
	} else if x == 5149 {
		y = 5149
	} else if x == 5150 {
		y = 5150
	} else if x == 5151 {
		y = 5151
	} else if x == 5152 {
		y = 5152
	} else if x == 5153 {
		y = 5153
	} else if x == 5154 {
		y = 5154
	} else if x == 5155 {
		y = 5155
	} else if x == 5156 {
		y = 5156
	} else if x == 5157 {
		y = 5157
	} else if x == 5158 {
		y = 5158
	} else if x == 5159 {
		y = 5159
	} else if x == 5160 {
		y = 5160
	} else if x == 5161 {
		y = 5161
	} else if x == 5162 {
		y = 5162
	} else if x == 5163 {
		y = 5163
	} else if x == 5164 {
		y = 5164
	} else if x == 5165 {
		y = 5165
	} else if x == 5166 {
		y = 5166
	} else if x == 5167 {
		y = 5167
	} else if x == 5168 {
		y = 5168
	} else if x == 5169 {
		y = 5169
	} else if x == 5170 {
		y = 5170
	} else if x == 5171 {
		y = 5171
	} else if x == 5172 {
		y = 5172
	} else if x == 5173 {
		y = 5173
	} else if x == 5174 {
		y = 5174
	} else if x == 5175 {
		y = 5175
	} else if x == 5176 {
		y = 5176
	} else if x == 5177 {
		y = 5177
	} else if x == 5178 {
		y = 5178
	} else if x == 5179 {
		y = 5179
	} else if x == 5180 {
		y = 5180
	} else if x == 5181 {
		y = 5181
	} else if x == 5182 {
		y = 5182
	} else if x == 5183 {
		y = 5183
	} else if x == 5184 {
		y = 5184
	} else if x == 5185 {
		y = 5185
	} else if x == 5186 {
		y = 5186
	} else if x == 5187 {
		y = 5187
	} else if x == 5188 {
		y = 5188
	} else if x == 5189 {
		y = 5189
	} else if x == 5190 {
		y = 5190
	} else if x == 5191 {
		y = 5191
	} else if x == 5192 {
		y = 5192
	} else if x == 5193 {
		y = 5193
	} else if x == 5194 {
		y = 5194
	} else if x == 5195 {
		y = 5195
	} else if x == 5196 {
		y = 5196
	} else if x == 5197 {
		y = 5197
	} else if x == 5198 {
		y = 5198
	} else if x == 5199 {
		y = 5199
	} else if x == 5200 {
		y = 5200
	} else if x == 5201 {
		y = 5201
	} else if x == 5202 {
		y = 5202
	} else if x == 5203 {
		y = 5203
	} else if x == 5204 {
		y = 5204
	} else if x == 5205 {
		y = 5205
	} else if x == 5206 {
		y = 5206
	} else if x == 5207 {
		y = 5207
	} else if x == 5208 {
		y = 5208
	} else if x == 5209 {
		y = 5209
	} else if x == 5210 {
		y = 5210
	} else if x == 5211 {
		y = 5211
	} else if x == 5212 {
		y = 5212
	} else if x == 5213 {
		y = 5213
	} else if x == 5214 {
		y = 5214
	} else if x == 5215 {
		y = 5215
	} else if x == 5216 {
		y = 5216
	} else if x == 5217 {
		y = 5217
	} else if x == 5218 {
		y = 5218
	} else if x == 5219 {
		y = 5219
	} else if x == 5220 {
		y = 5220
	} else if x == 5221 {
		y = 5221
	} else if x == 5222 {
		y = 5222
	} else if x == 5223 {
		y = 5223
	} else if x == 5224 {
		y = 5224
	} else if x == 5225 {
		y = 5225
	} else if x == 5226 {
		y = 5226
	} else if x == 5227 {
		y = 5227
	} else if x == 5228 {
		y = 5228
	} else if x == 5229 {
		y = 5229
	} else if x == 5230 {
		y = 5230
	} else if x == 5231 {
		y = 5231
	} else if x == 5232 {
		y = 5232
	} else if x == 5233 {
		y = 5233
	} else if x == 5234 {
		y = 5234
	} else if x == 5235 {
		y = 5235
	} else if x == 5236 {
		y = 5236
	} else if x == 5237 {
		y = 5237
	} else if x == 5238 {
		y = 5238
	} else if x == 5239 {
		y = 5239
	} else if x == 5240 {
		y = 5240
	} else if x == 5241 {
		y = 5241
	} else if x == 5242 {
		y = 5242
	} else if x == 5243 {
		y = 5243
	} else if x == 5244 {
		y = 5244
	} else if x == 5245 {
		y = 5245
	} else if x == 5246 {
		y = 5246
	} else if x == 5247 {
		y = 5247
	} else if x == 5248 {
		y = 5248
	} else if x == 5249 {
		y = 5249
	} else if x == 5250 {
		y = 5250
	} else if x == 5251 {
		y = 5251
	} else if x == 5252 {
		y = 5252
	} else if x == 5253 {
		y = 5253
	} else if x == 5254 {
		y = 5254
	} else if x == 5255 {
		y = 5255
	} else if x == 5256 {
		y = 5256
	} else if x == 5257 {
		y = 5257
	} else if x == 5258 {
		y = 5258
	} else if x == 5259 {
		y = 5259
	} else if x == 5260 {
		y = 5260
	} else if x == 5261 {
		y = 5261
	} else if x == 5262 {
		y = 5262
	} else if x == 5263 {
		y = 5263
	} else if x == 5264 {
		y = 5264
	} else if x == 5265 {
		y = 5265
	} else if x == 5266 {
		y = 5266
	} else if x == 5267 {
		y = 5267
	} else if x == 5268 {
		y = 5268
	} else if x == 5269 {
		y = 5269
	} else if x == 5270 {
		y = 5270
	} else if x == 5271 {
		y = 5271
	} else if x == 5272 {
		y = 5272
	} else if x == 5273 {
		y = 5273
	} else if x == 5274 {
		y = 5274
	} else if x == 5275 {
		y = 5275
	} else if x == 5276 {
		y = 5276
	} else if x == 5277 {
		y = 5277
	} else if x == 5278 {
		y = 5278
	} else if x == 5279 {
		y = 5279
	} else if x == 5280 {
		y = 5280
	} else if x == 5281 {
		y = 5281
	} else if x == 5282 {
		y = 5282
	} else if x == 5283 {
		y = 5283
	} else if x == 5284 {
		y = 5284
	} else if x == 5285 {
		y = 5285
	} else if x == 5286 {
		y = 5286
	} else if x == 5287 {
		y = 5287
	} else if x == 5288 {
		y = 5288
	} else if x == 5289 {
		y = 5289
	} else if x == 5290 {
		y = 5290
	} else if x == 5291 {
		y = 5291
	} else if x == 5292 {
		y = 5292
	} else if x == 5293 {
		y = 5293
	} else if x == 5294 {
		y = 5294
	} else if x == 5295 {
		y = 5295
	} else if x == 5296 {
		y = 5296
	} else if x == 5297 {
		y = 5297
	} else if x == 5298 {
		y = 5298
	} else if x == 5299 {
		y = 5299
	} else if x == 5300 {
		y = 5300
	} else if x == 5301 {
		y = 5301
	} else if x == 5302 {
		y = 5302
	} else if x == 5303 {
		y = 5303
	} else if x == 5304 {
		y = 5304
	} else if x == 5305 {
		y = 5305
	} else if x == 5306 {
		y = 5306
	} else if x == 5307 {
		y = 5307
	} else if x == 5308 {
		y = 5308
	} else if x == 5309 {
		y = 5309
	} else if x == 5310 {
		y = 5310
	} else if x == 5311 {
		y = 5311
	} else if x == 5312 {
		y = 5312
	} else if x == 5313 {
		y = 5313
	} else if x == 5314 {
		y = 5314
	} else if x == 5315 {
		y = 5315
	} else if x == 5316 {
		y = 5316
	} else if x == 5317 {
		y = 5317
	} else if x == 5318 {
		y = 5318
	} else if x == 5319 {
		y = 5319
	} else if x == 5320 {
		y = 5320
	} else if x == 5321 {
		y = 5321
	} else if x == 5322 {
		y = 5322
	} else if x == 5323 {
		y = 5323
	} else if x == 5324 {
		y = 5324
	} else if x == 5325 {
		y = 5325
	} else if x == 5326 {
		y = 5326
	} else if x == 5327 {
		y = 5327
	} else if x == 5328 {
		y = 5328
	} else if x == 5329 {
		y = 5329
	} else if x == 5330 {
		y = 5330
	} else if x == 5331 {
		y = 5331
	} else if x == 5332 {
		y = 5332
	} else if x == 5333 {
		y = 5333
	} else if x == 5334 {
		y = 5334
	} else if x == 5335 {
		y = 5335
	} else if x == 5336 {
		y = 5336
	} else if x == 5337 {
		y = 5337
	} else if x == 5338 {
		y = 5338
	} else if x == 5339 {
		y = 5339
	} else if x == 5340 {
		y = 5340
	} else if x == 5341 {
		y = 5341
	} else if x == 5342 {
		y = 5342
	} else if x == 5343 {
		y = 5343
	} else if x == 5344 {
		y = 5344
	} else if x == 5345 {
		y = 5345
	} else if x == 5346 {
		y = 5346
	} else if x == 5347 {
		y = 5347
	} else if x == 5348 {
		y = 5348
	} else if x == 5349 {
		y = 5349
	} else if x == 5350 {
		y = 5350
	} else if x == 5351 {
		y = 5351
	} else if x == 5352 {
		y = 5352
	} else if x == 5353 {
		y = 5353
	} else if x == 5354 {
		y = 5354
	} else if x == 5355 {
		y = 5355
	} else if x == 5356 {
		y = 5356
	} else if x == 5357 {
		y = 5357
	} else if x == 5358 {
		y = 5358
	} else if x == 5359 {
		y = 5359
	} else if x == 5360 {
		y = 5360
	} else if x == 5361 {
		y = 5361
	} else if x == 5362 {
		y = 5362
	} else if x == 5363 {
		y = 5363
	} else if x == 5364 {
		y = 5364
	} else if x == 5365 {
		y = 5365
	} else if x == 5366 {
		y = 5366
	} else if x == 5367 {
		y = 5367
	} else if x == 5368 {
		y = 5368
	} else if x == 5369 {
		y = 5369
	} else if x == 5370 {
		y = 5370
	} else if x == 5371 {
		y = 5371
	} else if x == 5372 {
		y = 5372
	} else if x == 5373 {
		y = 5373
	} else if x == 5374 {
		y = 5374
	} else if x == 5375 {
		y = 5375
	} else if x == 5376 {
		y = 5376
	} else if x == 5377 {
		y = 5377
	} else if x == 5378 {
		y = 5378
	} else if x == 5379 {
		y = 5379
	} else if x == 5380 {
		y = 5380
	} else if x == 5381 {
		y = 5381
	} else if x == 5382 {
		y = 5382
	} else if x == 5383 {
		y = 5383
	} else if x == 5384 {
		y = 5384
	} else if x == 5385 {
		y = 5385
	} else if x == 5386 {
		y = 5386
	} else if x == 5387 {
		y = 5387
	} else if x == 5388 {
		y = 5388
	} else if x == 5389 {
		y = 5389
	} else if x == 5390 {
		y = 5390
	} else if x == 5391 {
		y = 5391
	} else if x == 5392 {
		y = 5392
	} else if x == 5393 {
		y = 5393
	} else if x == 5394 {
		y = 5394
	} else if x == 5395 {
		y = 5395
	} else if x == 5396 {
		y = 5396
	} else if x == 5397 {
		y = 5397
	} else if x == 5398 {
		y = 5398
	} else if x == 5399 {
		y = 5399
	} else if x == 5400 {
		y = 5400
	} else if x == 5401 {
		y = 5401
	} else if x == 5402 {
		y = 5402
	} else if x == 5403 {
		y = 5403
	} else if x == 5404 {
		y = 5404
	} else if x == 5405 {
		y = 5405
	} else if x == 5406 {
		y = 5406
	} else if x == 5407 {
		y = 5407
	} else if x == 5408 {
		y = 5408
	} else if x == 5409 {
		y = 5409
	} else if x == 5410 {
		y = 5410
	} else if x == 5411 {
		y = 5411
	} else if x == 5412 {
		y = 5412
	} else if x == 5413 {
		y = 5413
	} else if x == 5414 {
		y = 5414
	} else if x == 5415 {
		y = 5415
	} else if x == 5416 {
		y = 5416
	} else if x == 5417 {
		y = 5417
	} else if x == 5418 {
		y = 5418
	} else if x == 5419 {
		y = 5419
	} else if x == 5420 {
		y = 5420
	} else if x == 5421 {
		y = 5421
	} else if x == 5422 {
		y = 5422
	} else if x == 5423 {
		y = 5423
	} else if x == 5424 {
		y = 5424
	} else if x == 5425 {
		y = 5425
	} else if x == 5426 {
		y = 5426
	} else if x == 5427 {
		y = 5427
	} else if x == 5428 {
		y = 5428
	} else if x == 5429 {
		y = 5429
	} else if x == 5430 {
		y = 5430
	} else if x == 5431 {
		y = 5431
	} else if x == 5432 {
		y = 5432
	} else if x == 5433 {
		y = 5433
	} else if x == 5434 {
		y = 5434
	} else if x == 5435 {
		y = 5435
	} else if x == 5436 {
		y = 5436
	} else if x == 5437 {
		y = 5437
	} else if x == 5438 {
		y = 5438
	} else if x == 5439 {
		y = 5439
	} else if x == 5440 {
		y = 5440
	} else if x == 5441 {
		y = 5441
	} else if x == 5442 {
		y = 5442
	} else if x == 5443 {
		y = 5443
	} else if x == 5444 {
		y = 5444
	} else if x == 5445 {
		y = 5445
	} else if x == 5446 {
		y = 5446
	} else if x == 5447 {
		y = 5447
	} else if x == 5448 {
		y = 5448
	} else if x == 5449 {
		y = 5449
	} else if x == 5450 {
		y = 5450
	} else if x == 5451 {
		y = 5451
	} else if x == 5452 {
		y = 5452
	} else if x == 5453 {
		y = 5453
	} else if x == 5454 {
		y = 5454
	} else if x == 5455 {
		y = 5455
	} else if x == 5456 {
		y = 5456
	} else if x == 5457 {
		y = 5457
	} else if x == 5458 {
		y = 5458
	} else if x == 5459 {
		y = 5459
	} else if x == 5460 {
		y = 5460
	} else if x == 5461 {
		y = 5461
	} else if x == 5462 {
		y = 5462
	} else if x == 5463 {
		y = 5463
	} else if x == 5464 {
		y = 5464
	} else if x == 5465 {
		y = 5465
	} else if x == 5466 {
		y = 5466
	} else if x == 5467 {
		y = 5467
	} else if x == 5468 {
		y = 5468
	} else if x == 5469 {
		y = 5469
	} else if x == 5470 {
		y = 5470
	} else if x == 5471 {
		y = 5471
	} else if x == 5472 {
		y = 5472
	} else if x == 5473 {
		y = 5473
	} else if x == 5474 {
		y = 5474
	} else if x == 5475 {
		y = 5475
	} else if x == 5476 {
		y = 5476
	} else if x == 5477 {
		y = 5477
	} else if x == 5478 {
		y = 5478
	} else if x == 5479 {
		y = 5479
	} else if x == 5480 {
		y = 5480
	} else if x == 5481 {
		y = 5481
	} else if x == 5482 {
		y = 5482
	} else if x == 5483 {
		y = 5483
	} else if x == 5484 {
		y = 5484
	} else if x == 5485 {
		y = 5485
	} else if x == 5486 {
		y = 5486
	} else if x == 5487 {
		y = 5487
	} else if x == 5488 {
		y = 5488
	} else if x == 5489 {
		y = 5489
	} else if x == 5490 {
		y = 5490
	} else if x == 5491 {
		y = 5491
	} else if x == 5492 {
		y = 5492
	} else if x == 5493 {
		y = 5493
	} else if x == 5494 {
		y = 5494
	} else if x == 5495 {
		y = 5495
	} else if x == 5496 {
		y = 5496
	} else if x == 5497 {
		y = 5497
	} else if x == 5498 {
		y = 5498
	} else if x == 5499 {
		y = 5499
	} else if x == 5500 {
		y = 5500
	} else if x == 5501 {
		y = 5501
	} else if x == 5502 {
		y = 5502
	} else if x == 5503 {
		y = 5503
	} else if x == 5504 {
		y = 5504
	} else if x == 5505 {
		y = 5505
	} else if x == 5506 {
		y = 5506
	} else if x == 5507 {
		y = 5507
	} else if x == 5508 {
		y = 5508
	} else if x == 5509 {
		y = 5509
	} else if x == 5510 {
		y = 5510
	} else if x == 5511 {
		y = 5511
	} else if x == 5512 {
		y = 5512
	} else if x == 5513 {
		y = 5513
	} else if x == 5514 {
		y = 5514
	} else if x == 5515 {
		y = 5515
	} else if x == 5516 {
		y = 5516
	} else if x == 5517 {
		y = 5517
	} else if x == 5518 {
		y = 5518
	} else if x == 5519 {
		y = 5519
	} else if x == 5520 {
		y = 5520
	} else if x == 5521 {
		y = 5521
	} else if x == 5522 {
		y = 5522
	} else if x == 5523 {
		y = 5523
	} else if x == 5524 {
		y = 5524
	} else if x == 5525 {
		y = 5525
	} else if x == 5526 {
		y = 5526
	} else if x == 5527 {
		y = 5527
	} else if x == 5528 {
		y = 5528
	} else if x == 5529 {
		y = 5529
	} else if x == 5530 {
		y = 5530
	} else if x == 5531 {
		y = 5531
	} else if x == 5532 {
		y = 5532
	} else if x == 5533 {
		y = 5533
	} else if x == 5534 {
		y = 5534
	} else if x == 5535 {
		y = 5535
	} else if x == 5536 {
		y = 5536
	} else if x == 5537 {
		y = 5537
	} else if x == 5538 {
		y = 5538
	} else if x == 5539 {
		y = 5539
	} else if x == 5540 {
		y = 5540
	} else if x == 5541 {
		y = 5541
	} else if x == 5542 {
		y = 5542
	} else if x == 5543 {
		y = 5543
	} else if x == 5544 {
		y = 5544
	} else if x == 5545 {
		y = 5545
	} else if x == 5546 {
		y = 5546
	} else if x == 5547 {
		y = 5547
	} else if x == 5548 {
		y = 5548
	} else if x == 5549 {
		y = 5549
	} else if x == 5550 {
		y = 5550
	} else if x == 5551 {
		y = 5551
	} else if x == 5552 {
		y = 5552
	} else if x == 5553 {
		y = 5553
	} else if x == 5554 {
		y = 5554
	} else if x == 5555 {
		y = 5555
	} else if x == 5556 {
		y = 5556
	} else if x == 5557 {
		y = 5557
	} else if x == 5558 {
		y = 5558
	} else if x == 5559 {
		y = 5559
	} else if x == 5560 {
		y = 5560
	} else if x == 5561 {
		y = 5561
	} else if x == 5562 {
		y = 5562
	} else if x == 5563 {
		y = 5563
	} else if x == 5564 {
		y = 5564
	} else if x == 5565 {
		y = 5565
	} else if x == 5566 {
		y = 5566
	} else if x == 5567 {
		y = 5567
	} else if x == 5568 {
		y = 5568
	} else if x == 5569 {
		y = 5569
	} else if x == 5570 {
		y = 5570
	} else if x == 5571 {
		y = 5571
	} else if x == 5572 {
		y = 5572
	} else if x == 5573 {
		y = 5573
	} else if x == 5574 {
		y = 5574
	} else if x == 5575 {
		y = 5575
	} else if x == 5576 {
		y = 5576
	} else if x == 5577 {
		y = 5577
	} else if x == 5578 {
		y = 5578
	} else if x == 5579 {
		y = 5579
	} else if x == 5580 {
		y = 5580
	} else if x == 5581 {
		y = 5581
	} else if x == 5582 {
		y = 5582
	} else if x == 5583 {
		y = 5583
	} else if x == 5584 {
		y = 5584
	} else if x == 5585 {
		y = 5585
	} else if x == 5586 {
		y = 5586
	} else if x == 5587 {
		y = 5587
	} else if x == 5588 {
		y = 5588
	} else if x == 5589 {
		y = 5589
	} else if x == 5590 {
		y = 5590
	} else if x == 5591 {
		y = 5591
	} else if x == 5592 {
		y = 5592
	} else if x == 5593 {
		y = 5593
	} else if x == 5594 {
		y = 5594
	} else if x == 5595 {
		y = 5595
	} else if x == 5596 {
		y = 5596
	} else if x == 5597 {
		y = 5597
	} else if x == 5598 {
		y = 5598
	} else if x == 5599 {
		y = 5599
	} else if x == 5600 {
		y = 5600
	} else if x == 5601 {
		y = 5601
	} else if x == 5602 {
		y = 5602
	} else if x == 5603 {
		y = 5603
	} else if x == 5604 {
		y = 5604
	} else if x == 5605 {
		y = 5605
	} else if x == 5606 {
		y = 5606
	} else if x == 5607 {
		y = 5607
	} else if x == 5608 {
		y = 5608
	} else if x == 5609 {
		y = 5609
	} else if x == 5610 {
		y = 5610
	} else if x == 5611 {
		y = 5611
	} else if x == 5612 {
		y = 5612
	} else if x == 5613 {
		y = 5613
	} else if x == 5614 {
		y = 5614
	} else if x == 5615 {
		y = 5615
	} else if x == 5616 {
		y = 5616
	} else if x == 5617 {
		y = 5617
	} else if x == 5618 {
		y = 5618
	} else if x == 5619 {
		y = 5619
	} else if x == 5620 {
		y = 5620
	} else if x == 5621 {
		y = 5621
	} else if x == 5622 {
		y = 5622
	} else if x == 5623 {
		y = 5623
	} else if x == 5624 {
		y = 5624
	} else if x == 5625 {
		y = 5625
	} else if x == 5626 {
		y = 5626
	} else if x == 5627 {
		y = 5627
	} else if x == 5628 {
		y = 5628
	} else if x == 5629 {
		y = 5629
	} else if x == 5630 {
		y = 5630
	} else if x == 5631 {
		y = 5631
	} else if x == 5632 {
		y = 5632
	} else if x == 5633 {
		y = 5633
	} else if x == 5634 {
		y = 5634
	} else if x == 5635 {
		y = 5635
	} else if x == 5636 {
		y = 5636
	} else if x == 5637 {
		y = 5637
	} else if x == 5638 {
		y = 5638
	} else if x == 5639 {
		y = 5639
	} else if x == 5640 {
		y = 5640
	} else if x == 5641 {
		y = 5641
	} else if x == 5642 {
		y = 5642
	} else if x == 5643 {
		y = 5643
	} else if x == 5644 {
		y = 5644
	} else if x == 5645 {
		y = 5645
	} else if x == 5646 {
		y = 5646
	} else if x == 5647 {
		y = 5647
	} else if x == 5648 {
		y = 5648
	} else if x == 5649 {
		y = 5649
	} else if x == 5650 {
		y = 5650
	} else if x == 5651 {
		y = 5651
	} else if x == 5652 {
		y = 5652
	} else if x == 5653 {
		y = 5653
	} else if x == 5654 {
		y = 5654
	} else if x == 5655 {
		y = 5655
	} else if x == 5656 {
		y = 5656
	} else if x == 5657 {
		y = 5657
	} else if x == 5658 {
		y = 5658
	} else if x == 5659 {
		y = 5659
	} else if x == 5660 {
		y = 5660
	} else if x == 5661 {
		y = 5661
	} else if x == 5662 {
		y = 5662
	} else if x == 5663 {
		y = 5663
	} else if x == 5664 {
		y = 5664
	} else if x == 5665 {
		y = 5665
	} else if x == 5666 {
		y = 5666
	} else if x == 5667 {
		y = 5667
	} else if x == 5668 {
		y = 5668
	} else if x == 5669 {
		y = 5669
	} else if x == 5670 {
		y = 5670
	} else if x == 5671 {
		y = 5671
	} else if x == 5672 {
		y = 5672
	} else if x == 5673 {
		y = 5673
	} else if x == 5674 {
		y = 5674
	} else if x == 5675 {
		y = 5675
	} else if x == 5676 {
		y = 5676
	} else if x == 5677 {
		y = 5677
	} else if x == 5678 {
		y = 5678
	} else if x == 5679 {
		y = 5679
	} else if x == 5680 {
		y = 5680
	} else if x == 5681 {
		y = 5681
	} else if x == 5682 {
		y = 5682
	} else if x == 5683 {
		y = 5683
	} else if x == 5684 {
		y = 5684
	} else if x == 5685 {
		y = 5685
	} else if x == 5686 {
		y = 5686
	} else if x == 5687 {
		y = 5687
	} else if x == 5688 {
		y = 5688
	} else if x == 5689 {
		y = 5689
	} else if x == 5690 {
		y = 5690
	} else if x == 5691 {
		y = 5691
	} else if x == 5692 {
		y = 5692
	} else if x == 5693 {
		y = 5693
	} else if x == 5694 {
		y = 5694
	} else if x == 5695 {
		y = 5695
	} else if x == 5696 {
		y = 5696
	} else if x == 5697 {
		y = 5697
	} else if x == 5698 {
		y = 5698
	} else if x == 5699 {
		y = 5699
	} else if x == 5700 {
		y = 5700
	} else if x == 5701 {
		y = 5701
	} else if x == 5702 {
		y = 5702
	} else if x == 5703 {
		y = 5703
	} else if x == 5704 {
		y = 5704
	} else if x == 5705 {
		y = 5705
	} else if x == 5706 {
		y = 5706
	} else if x == 5707 {
		y = 5707
	} else if x == 5708 {
		y = 5708
	} else if x == 5709 {
		y = 5709
	} else if x == 5710 {
		y = 5710
	} else if x == 5711 {
		y = 5711
	} else if x == 5712 {
		y = 5712
	} else if x == 5713 {
		y = 5713
	} else if x == 5714 {
		y = 5714
	} else if x == 5715 {
		y = 5715
	} else if x == 5716 {
		y = 5716
	} else if x == 5717 {
		y = 5717
	} else if x == 5718 {
		y = 5718
	} else if x == 5719 {
		y = 5719
	} else if x == 5720 {
		y = 5720
	} else if x == 5721 {
		y = 5721
	} else if x == 5722 {
		y = 5722
	} else if x == 5723 {
		y = 5723
	} else if x == 5724 {
		y = 5724
	} else if x == 5725 {
		y = 5725
	} else if x == 5726 {
		y = 5726
	} else if x == 5727 {
		y = 5727
	} else if x == 5728 {
		y = 5728
	} else if x == 5729 {
		y = 5729
	} else if x == 5730 {
		y = 5730
	} else if x == 5731 {
		y = 5731
	} else if x == 5732 {
		y = 5732
	} else if x == 5733 {
		y = 5733
	} else if x == 5734 {
		y = 5734
	} else if x == 5735 {
		y = 5735
	} else if x == 5736 {
		y = 5736
	} else if x == 5737 {
		y = 5737
	} else if x == 5738 {
		y = 5738
	} else if x == 5739 {
		y = 5739
	} else if x == 5740 {
		y = 5740
	} else if x == 5741 {
		y = 5741
	} else if x == 5742 {
		y = 5742
	} else if x == 5743 {
		y = 5743
	} else if x == 5744 {
		y = 5744
	} else if x == 5745 {
		y = 5745
	} else if x == 5746 {
		y = 5746
	} else if x == 5747 {
		y = 5747
	} else if x == 5748 {
		y = 5748
	} else if x == 5749 {
		y = 5749
	} else if x == 5750 {
		y = 5750
	} else if x == 5751 {
		y = 5751
	} else if x == 5752 {
		y = 5752
	} else if x == 5753 {
		y = 5753
	} else if x == 5754 {
		y = 5754
	} else if x == 5755 {
		y = 5755
	} else if x == 5756 {
		y = 5756
	} else if x == 5757 {
		y = 5757
	} else if x == 5758 {
		y = 5758
	} else if x == 5759 {
		y = 5759
	} else if x == 5760 {
		y = 5760
	} else if x == 5761 {
		y = 5761
	} else if x == 5762 {
		y = 5762
	} else if x == 5763 {
		y = 5763
	} else if x == 5764 {
		y = 5764
	} else if x == 5765 {
		y = 5765
	} else if x == 5766 {
		y = 5766
	} else if x == 5767 {
		y = 5767
	} else if x == 5768 {
		y = 5768
	} else if x == 5769 {
		y = 5769
	} else if x == 5770 {
		y = 5770
	} else if x == 5771 {
		y = 5771
	} else if x == 5772 {
		y = 5772
	} else if x == 5773 {
		y = 5773
	} else if x == 5774 {
		y = 5774
	} else if x == 5775 {
		y = 5775
	} else if x == 5776 {
		y = 5776
	} else if x == 5777 {
		y = 5777
	} else if x == 5778 {
		y = 5778
	} else if x == 5779 {
		y = 5779
	} else if x == 5780 {
		y = 5780
	} else if x == 5781 {
		y = 5781
	} else if x == 5782 {
		y = 5782
	} else if x == 5783 {
		y = 5783
	} else if x == 5784 {
		y = 5784
	} else if x == 5785 {
		y = 5785
	} else if x == 5786 {
		y = 5786
	} else if x == 5787 {
		y = 5787
	} else if x == 5788 {
		y = 5788
	} else if x == 5789 {
		y = 5789
	} else if x == 5790 {
		y = 5790
	} else if x == 5791 {
		y = 5791
	} else if x == 5792 {
		y = 5792
	} else if x == 5793 {
		y = 5793
	} else if x == 5794 {
		y = 5794
	} else if x == 5795 {
		y = 5795
	} else if x == 5796 {
		y = 5796
	} else if x == 5797 {
		y = 5797
	} else if x == 5798 {
		y = 5798
	} else if x == 5799 {
		y = 5799
	} else if x == 5800 {
		y = 5800
	} else if x == 5801 {
		y = 5801
	} else if x == 5802 {
		y = 5802
	} else if x == 5803 {
		y = 5803
	} else if x == 5804 {
		y = 5804
	} else if x == 5805 {
		y = 5805
	} else if x == 5806 {
		y = 5806
	} else if x == 5807 {
		y = 5807
	} else if x == 5808 {
		y = 5808
	} else if x == 5809 {
		y = 5809
	} else if x == 5810 {
		y = 5810
	} else if x == 5811 {
		y = 5811
	} else if x == 5812 {
		y = 5812
	} else if x == 5813 {
		y = 5813
	} else if x == 5814 {
		y = 5814
	} else if x == 5815 {
		y = 5815
	} else if x == 5816 {
		y = 5816
	} else if x == 5817 {
		y = 5817
	} else if x == 5818 {
		y = 5818
	} else if x == 5819 {
		y = 5819
	} else if x == 5820 {
		y = 5820
	} else if x == 5821 {
		y = 5821
	} else if x == 5822 {
		y = 5822
	} else if x == 5823 {
		y = 5823
	} else if x == 5824 {
		y = 5824
	} else if x == 5825 {
		y = 5825
	} else if x == 5826 {
		y = 5826
	} else if x == 5827 {
		y = 5827
	} else if x == 5828 {
		y = 5828
	} else if x == 5829 {
		y = 5829
	} else if x == 5830 {
		y = 5830
	} else if x == 5831 {
		y = 5831
	} else if x == 5832 {
		y = 5832
	} else if x == 5833 {
		y = 5833
	} else if x == 5834 {
		y = 5834
	} else if x == 5835 {
		y = 5835
	} else if x == 5836 {
		y = 5836
	} else if x == 5837 {
		y = 5837
	} else if x == 5838 {
		y = 5838
	} else if x == 5839 {
		y = 5839
	} else if x == 5840 {
		y = 5840
	} else if x == 5841 {
		y = 5841
	} else if x == 5842 {
		y = 5842
	} else if x == 5843 {
		y = 5843
	} else if x == 5844 {
		y = 5844
	} else if x == 5845 {
		y = 5845
	} else if x == 5846 {
		y = 5846
	} else if x == 5847 {
		y = 5847
	} else if x == 5848 {
		y = 5848
	} else if x == 5849 {
		y = 5849
	} else if x == 5850 {
		y = 5850
	} else if x == 5851 {
		y = 5851
	} else if x == 5852 {
		y = 5852
	} else if x == 5853 {
		y = 5853
	} else if x == 5854 {
		y = 5854
	} else if x == 5855 {
		y = 5855
	} else if x == 5856 {
		y = 5856
	} else if x == 5857 {
		y = 5857
	} else if x == 5858 {
		y = 5858
	} else if x == 5859 {
		y = 5859
	} else if x == 5860 {
		y = 5860
	} else if x == 5861 {
		y = 5861
	} else if x == 5862 {
		y = 5862
	} else if x == 5863 {
		y = 5863
	} else if x == 5864 {
		y = 5864
	} else if x == 5865 {
		y = 5865
	} else if x == 5866 {
		y = 5866
	} else if x == 5867 {
		y = 5867
	} else if x == 5868 {
		y = 5868
	} else if x == 5869 {
		y = 5869
	} else if x == 5870 {
		y = 5870
	} else if x == 5871 {
		y = 5871
	} else if x == 5872 {
		y = 5872
	} else if x == 5873 {
		y = 5873
	} else if x == 5874 {
		y = 5874
	} else if x == 5875 {
		y = 5875
	} else if x == 5876 {
		y = 5876
	} else if x == 5877 {
		y = 5877
	} else if x == 5878 {
		y = 5878
	} else if x == 5879 {
		y = 5879
	} else if x == 5880 {
		y = 5880
	} else if x == 5881 {
		y = 5881
	} else if x == 5882 {
		y = 5882
	} else if x == 5883 {
		y = 5883
	} else if x == 5884 {
		y = 5884
	} else if x == 5885 {
		y = 5885
	} else if x == 5886 {
		y = 5886
	} else if x == 5887 {
		y = 5887
	} else if x == 5888 {
		y = 5888
	} else if x == 5889 {
		y = 5889
	} else if x == 5890 {
		y = 5890
	} else if x == 5891 {
		y = 5891
	} else if x == 5892 {
		y = 5892
	} else if x == 5893 {
		y = 5893
	} else if x == 5894 {
		y = 5894
	} else if x == 5895 {
		y = 5895
	} else if x == 5896 {
		y = 5896
	} else if x == 5897 {
		y = 5897
	} else if x == 5898 {
		y = 5898
	} else if x == 5899 {
		y = 5899
	} else if x == 5900 {
		y = 5900
	} else if x == 5901 {
		y = 5901
	} else if x == 5902 {
		y = 5902
	} else if x == 5903 {
		y = 5903
	} else if x == 5904 {
		y = 5904
	} else if x == 5905 {
		y = 5905
	} else if x == 5906 {
		y = 5906
	} else if x == 5907 {
		y = 5907
	} else if x == 5908 {
		y = 5908
	} else if x == 5909 {
		y = 5909
	} else if x == 5910 {
		y = 5910
	} else if x == 5911 {
		y = 5911
	} else if x == 5912 {
		y = 5912
	} else if x == 5913 {
		y = 5913
	} else if x == 5914 {
		y = 5914
	} else if x == 5915 {
		y = 5915
	} else if x == 5916 {
		y = 5916
	} else if x == 5917 {
		y = 5917
	} else if x == 5918 {
		y = 5918
	} else if x == 5919 {
		y = 5919
	} else if x == 5920 {
		y = 5920
	} else if x == 5921 {
		y = 5921
	} else if x == 5922 {
		y = 5922
	} else if x == 5923 {
		y = 5923
	} else if x == 5924 {
		y = 5924
	} else if x == 5925 {
		y = 5925
	} else if x == 5926 {
		y = 5926
	} else if x == 5927 {
		y = 5927
	} else if x == 5928 {
		y = 5928
	} else if x == 5929 {
		y = 5929
	} else if x == 5930 {
		y = 5930
	} else if x == 5931 {
		y = 5931
	} else if x == 5932 {
		y = 5932
	} else if x == 5933 {
		y = 5933
	} else if x == 5934 {
		y = 5934
	} else if x == 5935 {
		y = 5935
	} else if x == 5936 {
		y = 5936
	} else if x == 5937 {
		y = 5937
	} else if x == 5938 {
		y = 5938
	} else if x == 5939 {
		y = 5939
	} else if x == 5940 {
		y = 5940
	} else if x == 5941 {
		y = 5941
	} else if x == 5942 {
		y = 5942
	} else if x == 5943 {
		y = 5943
	} else if x == 5944 {
		y = 5944
	} else if x == 5945 {
		y = 5945
	} else if x == 5946 {
		y = 5946
	} else if x == 5947 {
		y = 5947
	} else if x == 5948 {
		y = 5948
	} else if x == 5949 {
		y = 5949
	} else if x == 5950 {
		y = 5950
	} else if x == 5951 {
		y = 5951
	} else if x == 5952 {
		y = 5952
	} else if x == 5953 {
		y = 5953
	} else if x == 5954 {
		y = 5954
	} else if x == 5955 {
		y = 5955
	} else if x == 5956 {
		y = 5956
	} else if x == 5957 {
		y = 5957
	} else if x == 5958 {
		y = 5958
	} else if x == 5959 {
		y = 5959
	} else if x == 5960 {
		y = 5960
	} else if x == 5961 {
		y = 5961
	} else if x == 5962 {
		y = 5962
	} else if x == 5963 {
		y = 5963
	} else if x == 5964 {
		y = 5964
	} else if x == 5965 {
		y = 5965
	} else if x == 5966 {
		y = 5966
	} else if x == 5967 {
		y = 5967
	} else if x == 5968 {
		y = 5968
	} else if x == 5969 {
		y = 5969
	} else if x == 5970 {
		y = 5970
	} else if x == 5971 {
		y = 5971
	} else if x == 5972 {
		y = 5972
	} else if x == 5973 {
		y = 5973
	} else if x == 5974 {
		y = 5974
	} else if x == 5975 {
		y = 5975
	} else if x == 5976 {
		y = 5976
	} else if x == 5977 {
		y = 5977
	} else if x == 5978 {
		y = 5978
	} else if x == 5979 {
		y = 5979
	} else if x == 5980 {
		y = 5980
	} else if x == 5981 {
		y = 5981
	} else if x == 5982 {
		y = 5982
	} else if x == 5983 {
		y = 5983
	} else if x == 5984 {
		y = 5984
	} else if x == 5985 {
		y = 5985
	} else if x == 5986 {
		y = 5986
	} else if x == 5987 {
		y = 5987
	} else if x == 5988 {
		y = 5988
	} else if x == 5989 {
		y = 5989
	} else if x == 5990 {
		y = 5990
	} else if x == 5991 {
		y = 5991
	} else if x == 5992 {
		y = 5992
	} else if x == 5993 {
		y = 5993
	} else if x == 5994 {
		y = 5994
	} else if x == 5995 {
		y = 5995
	} else if x == 5996 {
		y = 5996
	} else if x == 5997 {
		y = 5997
	} else if x == 5998 {
		y = 5998
	} else if x == 5999 {
		y = 5999
	} else if x == 6000 {
		y = 6000
	} else if x == 6001 {
		y = 6001
	} else if x == 6002 {
		y = 6002
	} else if x == 6003 {
		y = 6003
	} else if x == 6004 {
		y = 6004
	} else if x == 6005 {
		y = 6005
	} else if x == 6006 {
		y = 6006
	} else if x == 6007 {
		y = 6007
	} else if x == 6008 {
		y = 6008
	} else if x == 6009 {
		y = 6009
	} else if x == 6010 {
		y = 6010
	} else if x == 6011 {
		y = 6011
	} else if x == 6012 {
		y = 6012
	} else if x == 6013 {
		y = 6013
	} else if x == 6014 {
		y = 6014
	} else if x == 6015 {
		y = 6015
	} else if x == 6016 {
		y = 6016
	} else if x == 6017 {
		y = 6017
	} else if x == 6018 {
		y = 6018
	} else if x == 6019 {
		y = 6019
	} else if x == 6020 {
		y = 6020
	} else if x == 6021 {
		y = 6021
	} else if x == 6022 {
		y = 6022
	} else if x == 6023 {
		y = 6023
	} else if x == 6024 {
		y = 6024
	} else if x == 6025 {
		y = 6025
	} else if x == 6026 {
		y = 6026
	} else if x == 6027 {
		y = 6027
	} else if x == 6028 {
		y = 6028
	} else if x == 6029 {
		y = 6029
	} else if x == 6030 {
		y = 6030
	} else if x == 6031 {
		y = 6031
	} else if x == 6032 {
		y = 6032
	} else if x == 6033 {
		y = 6033
	} else if x == 6034 {
		y = 6034
	} else if x == 6035 {
		y = 6035
	} else if x == 6036 {
		y = 6036
	} else if x == 6037 {
		y = 6037
	} else if x == 6038 {
		y = 6038
	} else if x == 6039 {
		y = 6039
	} else if x == 6040 {
		y = 6040
	} else if x == 6041 {
		y = 6041
	} else if x == 6042 {
		y = 6042
	} else if x == 6043 {
		y = 6043
	} else if x == 6044 {
		y = 6044
	} else if x == 6045 {
		y = 6045
	} else if x == 6046 {
		y = 6046
	} else if x == 6047 {
		y = 6047
	} else if x == 6048 {
		y = 6048
	} else if x == 6049 {
		y = 6049
	} else if x == 6050 {
		y = 6050
	} else if x == 6051 {
		y = 6051
	} else if x == 6052 {
		y = 6052
	} else if x == 6053 {
		y = 6053
	} else if x == 6054 {
		y = 6054
	} else if x == 6055 {
		y = 6055
	} else if x == 6056 {
		y = 6056
	} else if x == 6057 {
		y = 6057
	} else if x == 6058 {
		y = 6058
	} else if x == 6059 {
		y = 6059
	} else if x == 6060 {
		y = 6060
	} else if x == 6061 {
		y = 6061
	} else if x == 6062 {
		y = 6062
	} else if x == 6063 {
		y = 6063
	} else if x == 6064 {
		y = 6064
	} else if x == 6065 {
		y = 6065
	} else if x == 6066 {
		y = 6066
	} else if x == 6067 {
		y = 6067
	} else if x == 6068 {
		y = 6068
	} else if x == 6069 {
		y = 6069
	} else if x == 6070 {
		y = 6070
	} else if x == 6071 {
		y = 6071
	} else if x == 6072 {
		y = 6072
	} else if x == 6073 {
		y = 6073
	} else if x == 6074 {
		y = 6074
	} else if x == 6075 {
		y = 6075
	} else if x == 6076 {
		y = 6076
	} else if x == 6077 {
		y = 6077
	} else if x == 6078 {
		y = 6078
	} else if x == 6079 {
		y = 6079
	} else if x == 6080 {
		y = 6080
	} else if x == 6081 {
		y = 6081
	} else if x == 6082 {
		y = 6082
	} else if x == 6083 {
		y = 6083
	} else if x == 6084 {
		y = 6084
	} else if x == 6085 {
		y = 6085
	} else if x == 6086 {
		y = 6086
	} else if x == 6087 {
		y = 6087
	} else if x == 6088 {
		y = 6088
	} else if x == 6089 {
		y = 6089
	} else if x == 6090 {
		y = 6090
	} else if x == 6091 {
		y = 6091
	} else if x == 6092 {
		y = 6092
	} else if x == 6093 {
		y = 6093
	} else if x == 6094 {
		y = 6094
	} else if x == 6095 {
		y = 6095
	} else if x == 6096 {
		y = 6096
	} else if x == 6097 {
		y = 6097
	} else if x == 6098 {
		y = 6098
	} else if x == 6099 {
		y = 6099
	} else if x == 6100 {
		y = 6100
	} else if x == 6101 {
		y = 6101
	} else if x == 6102 {
		y = 6102
	} else if x == 6103 {
		y = 6103
	} else if x == 6104 {
		y = 6104
	} else if x == 6105 {
		y = 6105
	} else if x == 6106 {
		y = 6106
	} else if x == 6107 {
		y = 6107
	} else if x == 6108 {
		y = 6108
	} else if x == 6109 {
		y = 6109
	} else if x == 6110 {
		y = 6110
	} else if x == 6111 {
		y = 6111
	} else if x == 6112 {
		y = 6112
	} else if x == 6113 {
		y = 6113
	} else if x == 6114 {
		y = 6114
	} else if x == 6115 {
		y = 6115
	} else if x == 6116 {
		y = 6116
	} else if x == 6117 {
		y = 6117
	} else if x == 6118 {
		y = 6118
	} else if x == 6119 {
		y = 6119
	} else if x == 6120 {
		y = 6120
	} else if x == 6121 {
		y = 6121
	} else if x == 6122 {
		y = 6122
	} else if x == 6123 {
		y = 6123
	} else if x == 6124 {
		y = 6124
	} else if x == 6125 {
		y = 6125
	} else if x == 6126 {
		y = 6126
	} else if x == 6127 {
		y = 6127
	} else if x == 6128 {
		y = 6128
	} else if x == 6129 {
		y = 6129
	} else if x == 6130 {
		y = 6130
	} else if x == 6131 {
		y = 6131
	} else if x == 6132 {
		y = 6132
	} else if x == 6133 {
		y = 6133
	} else if x == 6134 {
		y = 6134
	} else if x == 6135 {
		y = 6135
	} else if x == 6136 {
		y = 6136
	} else if x == 6137 {
		y = 6137
	} else if x == 6138 {
		y = 6138
	} else if x == 6139 {
		y = 6139
	} else if x == 6140 {
		y = 6140
	} else if x == 6141 {
		y = 6141
	} else if x == 6142 {
		y = 6142
	} else if x == 6143 {
		y = 6143
	} else if x == 6144 {
		y = 6144
	} else if x == 6145 {
		y = 6145
	} else if x == 6146 {
		y = 6146
	} else if x == 6147 {
		y = 6147
	} else if x == 6148 {
		y = 6148
	} else if x == 6149 {
		y = 6149
	} else if x == 6150 {
		y = 6150
	} else if x == 6151 {
		y = 6151
	} else if x == 6152 {
		y = 6152
	} else if x == 6153 {
		y = 6153
	} else if x == 6154 {
		y = 6154
	} else if x == 6155 {
		y = 6155
	} else if x == 6156 {
		y = 6156
	} else if x == 6157 {
		y = 6157
	} else if x == 6158 {
		y = 6158
	} else if x == 6159 {
		y = 6159
	} else if x == 6160 {
		y = 6160
	} else if x == 6161 {
		y = 6161
	} else if x == 6162 {
		y = 6162
	} else if x == 6163 {
		y = 6163
	} else if x == 6164 {
		y = 6164
	} else if x == 6165 {
		y = 6165
	} else if x == 6166 {
		y = 6166
	} else if x == 6167 {
		y = 6167
	} else if x == 6168 {
		y = 6168
	} else if x == 6169 {
		y = 6169
	} else if x == 6170 {
		y = 6170
	} else if x == 6171 {
		y = 6171
	} else if x == 6172 {
		y = 6172
	} else if x == 6173 {
		y = 6173
	} else if x == 6174 {
		y = 6174
	} else if x == 6175 {
		y = 6175
	} else if x == 6176 {
		y = 6176
	} else if x == 6177 {
		y = 6177
	} else if x == 6178 {
		y = 6178
	} else if x == 6179 {
		y = 6179
	} else if x == 6180 {
		y = 6180
	} else if x == 6181 {
		y = 6181
	} else if x == 6182 {
		y = 6182
	} else if x == 6183 {
		y = 6183
	} else if x == 6184 {
		y = 6184
	} else if x == 6185 {
		y = 6185
	} else if x == 6186 {
		y = 6186
	} else if x == 6187 {
		y = 6187
	} else if x == 6188 {
		y = 6188
	} else if x == 6189 {
		y = 6189
	} else if x == 6190 {
		y = 6190
	} else if x == 6191 {
		y = 6191
	} else if x == 6192 {
		y = 6192
	} else if x == 6193 {
		y = 6193
	} else if x == 6194 {
		y = 6194
	} else if x == 6195 {
		y = 6195
	} else if x == 6196 {
		y = 6196
	} else if x == 6197 {
		y = 6197
	} else if x == 6198 {
		y = 6198
	} else if x == 6199 {
		y = 6199
	} else if x == 6200 {
		y = 6200
	} else if x == 6201 {
		y = 6201
	} else if x == 6202 {
		y = 6202
	} else if x == 6203 {
		y = 6203
	} else if x == 6204 {
		y = 6204
	} else if x == 6205 {
		y = 6205
	} else if x == 6206 {
		y = 6206
	} else if x == 6207 {
		y = 6207
	} else if x == 6208 {
		y = 6208
	} else if x == 6209 {
		y = 6209
	} else if x == 6210 {
		y = 6210
	} else if x == 6211 {
		y = 6211
	} else if x == 6212 {
		y = 6212
	} else if x == 6213 {
		y = 6213
	} else if x == 6214 {
		y = 6214
	} else if x == 6215 {
		y = 6215
	} else if x == 6216 {
		y = 6216
	} else if x == 6217 {
		y = 6217
	} else if x == 6218 {
		y = 6218
	} else if x == 6219 {
		y = 6219
	} else if x == 6220 {
		y = 6220
	} else if x == 6221 {
		y = 6221
	} else if x == 6222 {
		y = 6222
	} else if x == 6223 {
		y = 6223
	} else if x == 6224 {
		y = 6224
	} else if x == 6225 {
		y = 6225
	} else if x == 6226 {
		y = 6226
	} else if x == 6227 {
		y = 6227
	} else if x == 6228 {
		y = 6228
	} else if x == 6229 {
		y = 6229
	} else if x == 6230 {
		y = 6230
	} else if x == 6231 {
		y = 6231
	} else if x == 6232 {
		y = 6232
	} else if x == 6233 {
		y = 6233
	} else if x == 6234 {
		y = 6234
	} else if x == 6235 {
		y = 6235
	} else if x == 6236 {
		y = 6236
	} else if x == 6237 {
		y = 6237
	} else if x == 6238 {
		y = 6238
	} else if x == 6239 {
		y = 6239
	} else if x == 6240 {
		y = 6240
	} else if x == 6241 {
		y = 6241
	} else if x == 6242 {
		y = 6242
	} else if x == 6243 {
		y = 6243
	} else if x == 6244 {
		y = 6244
	} else if x == 6245 {
		y = 6245
	} else if x == 6246 {
		y = 6246
	} else if x == 6247 {
		y = 6247
	} else if x == 6248 {
		y = 6248
	} else if x == 6249 {
		y = 6249
	} else if x == 6250 {
		y = 6250
	} else if x == 6251 {
		y = 6251
	} else if x == 6252 {
		y = 6252
	} else if x == 6253 {
		y = 6253
	} else if x == 6254 {
		y = 6254
	} else if x == 6255 {
		y = 6255
	} else if x == 6256 {
		y = 6256
	} else if x == 6257 {
		y = 6257
	} else if x == 6258 {
		y = 6258
	} else if x == 6259 {
		y = 6259
	} else if x == 6260 {
		y = 6260
	} else if x == 6261 {
		y = 6261
	} else if x == 6262 {
		y = 6262
	} else if x == 6263 {
		y = 6263
	} else if x == 6264 {
		y = 6264
	} else if x == 6265 {
		y = 6265
	} else if x == 6266 {
		y = 6266
	} else if x == 6267 {
		y = 6267
	} else if x == 6268 {
		y = 6268
	} else if x == 6269 {
		y = 6269
	} else if x == 6270 {
		y = 6270
	} else if x == 6271 {
		y = 6271
	} else if x == 6272 {
		y = 6272
	} else if x == 6273 {
		y = 6273
	} else if x == 6274 {
		y = 6274
	} else if x == 6275 {
		y = 6275
	} else if x == 6276 {
		y = 6276
	} else if x == 6277 {
		y = 6277
	} else if x == 6278 {
		y = 6278
	} else if x == 6279 {
		y = 6279
	} else if x == 6280 {
		y = 6280
	} else if x == 6281 {
		y = 6281
	} else if x == 6282 {
		y = 6282
	} else if x == 6283 {
		y = 6283
	} else if x == 6284 {
		y = 6284
	} else if x == 6285 {
		y = 6285
	} else if x == 6286 {
		y = 6286
	} else if x == 6287 {
		y = 6287
	} else if x == 6288 {
		y = 6288
	} else if x == 6289 {
		y = 6289
	} else if x == 6290 {
		y = 6290
	} else if x == 6291 {
		y = 6291
	} else if x == 6292 {
		y = 6292
	} else if x == 6293 {
		y = 6293
	} else if x == 6294 {
		y = 6294
	} else if x == 6295 {
		y = 6295
	} else if x == 6296 {
		y = 6296
	} else if x == 6297 {
		y = 6297
	} else if x == 6298 {
		y = 6298
	} else if x == 6299 {
		y = 6299
	} else if x == 6300 {
		y = 6300
	} else if x == 6301 {
		y = 6301
	} else if x == 6302 {
		y = 6302
	} else if x == 6303 {
		y = 6303
	} else if x == 6304 {
		y = 6304
	} else if x == 6305 {
		y = 6305
	} else if x == 6306 {
		y = 6306
	} else if x == 6307 {
		y = 6307
	} else if x == 6308 {
		y = 6308
	} else if x == 6309 {
		y = 6309
	} else if x == 6310 {
		y = 6310
	} else if x == 6311 {
		y = 6311
	} else if x == 6312 {
		y = 6312
	} else if x == 6313 {
		y = 6313
	} else if x == 6314 {
		y = 6314
	} else if x == 6315 {
		y = 6315
	} else if x == 6316 {
		y = 6316
	} else if x == 6317 {
		y = 6317
	} else if x == 6318 {
		y = 6318
	} else if x == 6319 {
		y = 6319
	} else if x == 6320 {
		y = 6320
	} else if x == 6321 {
		y = 6321
	} else if x == 6322 {
		y = 6322
	} else if x == 6323 {
		y = 6323
	} else if x == 6324 {
		y = 6324
	} else if x == 6325 {
		y = 6325
	} else if x == 6326 {
		y = 6326
	} else if x == 6327 {
		y = 6327
	} else if x == 6328 {
		y = 6328
	} else if x == 6329 {
		y = 6329
	} else if x == 6330 {
		y = 6330
	} else if x == 6331 {
		y = 6331
	} else if x == 6332 {
		y = 6332
	} else if x == 6333 {
		y = 6333
	} else if x == 6334 {
		y = 6334
	} else if x == 6335 {
		y = 6335
	} else if x == 6336 {
		y = 6336
	} else if x == 6337 {
		y = 6337
	} else if x == 6338 {
		y = 6338
	} else if x == 6339 {
		y = 6339
	} else if x == 6340 {
		y = 6340
	} else if x == 6341 {
		y = 6341
	} else if x == 6342 {
		y = 6342
	} else if x == 6343 {
		y = 6343
	} else if x == 6344 {
		y = 6344
	} else if x == 6345 {
		y = 6345
	} else if x == 6346 {
		y = 6346
	} else if x == 6347 {
		y = 6347
	} else if x == 6348 {
		y = 6348
	} else if x == 6349 {
		y = 6349
	} else if x == 6350 {
		y = 6350
	} else if x == 6351 {
		y = 6351
	} else if x == 6352 {
		y = 6352
	} else if x == 6353 {
		y = 6353
	} else if x == 6354 {
		y = 6354
	} else if x == 6355 {
		y = 6355
	} else if x == 6356 {
		y = 6356
	} else if x == 6357 {
		y = 6357
	} else if x == 6358 {
		y = 6358
	} else if x == 6359 {
		y = 6359
	} else if x == 6360 {
		y = 6360
	} else if x == 6361 {
		y = 6361
	} else if x == 6362 {
		y = 6362
	} else if x == 6363 {
		y = 6363
	} else if x == 6364 {
		y = 6364
	} else if x == 6365 {
		y = 6365
	} else if x == 6366 {
		y = 6366
	} else if x == 6367 {
		y = 6367
	} else if x == 6368 {
		y = 6368
	} else if x == 6369 {
		y = 6369
	} else if x == 6370 {
		y = 6370
	} else if x == 6371 {
		y = 6371
	} else if x == 6372 {
		y = 6372
	} else if x == 6373 {
		y = 6373
	} else if x == 6374 {
		y = 6374
	} else if x == 6375 {
		y = 6375
	} else if x == 6376 {
		y = 6376
	} else if x == 6377 {
		y = 6377
	} else if x == 6378 {
		y = 6378
	} else if x == 6379 {
		y = 6379
	} else if x == 6380 {
		y = 6380
	} else if x == 6381 {
		y = 6381
	} else if x == 6382 {
		y = 6382
	} else if x == 6383 {
		y = 6383
	} else if x == 6384 {
		y = 6384
	} else if x == 6385 {
		y = 6385
	} else if x == 6386 {
		y = 6386
	} else if x == 6387 {
		y = 6387
	} else if x == 6388 {
		y = 6388
	} else if x == 6389 {
		y = 6389
	} else if x == 6390 {
		y = 6390
	} else if x == 6391 {
		y = 6391
	} else if x == 6392 {
		y = 6392
	} else if x == 6393 {
		y = 6393
	} else if x == 6394 {
		y = 6394
	} else if x == 6395 {
		y = 6395
	} else if x == 6396 {
		y = 6396
	} else if x == 6397 {
		y = 6397
	} else if x == 6398 {
		y = 6398
	} else if x == 6399 {
		y = 6399
	} else if x == 6400 {
		y = 6400
	} else if x == 6401 {
		y = 6401
	} else if x == 6402 {
		y = 6402
	} else if x == 6403 {
		y = 6403
	} else if x == 6404 {
		y = 6404
	} else if x == 6405 {
		y = 6405
	} else if x == 6406 {
		y = 6406
	} else if x == 6407 {
		y = 6407
	} else if x == 6408 {
		y = 6408
	} else if x == 6409 {
		y = 6409
	} else if x == 6410 {
		y = 6410
	} else if x == 6411 {
		y = 6411
	} else if x == 6412 {
		y = 6412
	} else if x == 6413 {
		y = 6413
	} else if x == 6414 {
		y = 6414
	} else if x == 6415 {
		y = 6415
	} else if x == 6416 {
		y = 6416
	} else if x == 6417 {
		y = 6417
	} else if x == 6418 {
		y = 6418
	} else if x == 6419 {
		y = 6419
	} else if x == 6420 {
		y = 6420
	} else if x == 6421 {
		y = 6421
	} else if x == 6422 {
		y = 6422
	} else if x == 6423 {
		y = 6423
	} else if x == 6424 {
		y = 6424
	} else if x == 6425 {
		y = 6425
	} else if x == 6426 {
		y = 6426
	} else if x == 6427 {
		y = 6427
	} else if x == 6428 {
		y = 6428
	} else if x == 6429 {
		y = 6429
	} else if x == 6430 {
		y = 6430
	} else if x == 6431 {
		y = 6431
	} else if x == 6432 {
		y = 6432
	} else if x == 6433 {
		y = 6433
	} else if x == 6434 {
		y = 6434
	} else if x == 6435 {
		y = 6435
	} else if x == 6436 {
		y = 6436
	} else if x == 6437 {
		y = 6437
	} else if x == 6438 {
		y = 6438
	} else if x == 6439 {
		y = 6439
	} else if x == 6440 {
		y = 6440
	} else if x == 6441 {
		y = 6441
	} else if x == 6442 {
		y = 6442
	} else if x == 6443 {
		y = 6443
	} else if x == 6444 {
		y = 6444
	} else if x == 6445 {
		y = 6445
	} else if x == 6446 {
		y = 6446
	} else if x == 6447 {
		y = 6447
	} else if x == 6448 {
		y = 6448
	} else if x == 6449 {
		y = 6449
	} else if x == 6450 {
		y = 6450
	} else if x == 6451 {
		y = 6451
	} else if x == 6452 {
		y = 6452
	} else if x == 6453 {
		y = 6453
	} else if x == 6454 {
		y = 6454
	} else if x == 6455 {
		y = 6455
	} else if x == 6456 {
		y = 6456
	} else if x == 6457 {
		y = 6457
	} else if x == 6458 {
		y = 6458
	} else if x == 6459 {
		y = 6459
	} else if x == 6460 {
		y = 6460
	} else if x == 6461 {
		y = 6461
	} else if x == 6462 {
		y = 6462
	} else if x == 6463 {
		y = 6463
	} else if x == 6464 {
		y = 6464
	} else if x == 6465 {
		y = 6465
	} else if x == 6466 {
		y = 6466
	} else if x == 6467 {
		y = 6467
	} else if x == 6468 {
		y = 6468
	} else if x == 6469 {
		y = 6469
	} else if x == 6470 {
		y = 6470
	} else if x == 6471 {
		y = 6471
	} else if x == 6472 {
		y = 6472
	} else if x == 6473 {
		y = 6473
	} else if x == 6474 {
		y = 6474
	} else if x == 6475 {
		y = 6475
	} else if x == 6476 {
		y = 6476
	} else if x == 6477 {
		y = 6477
	} else if x == 6478 {
		y = 6478
	} else if x == 6479 {
		y = 6479
	} else if x == 6480 {
		y = 6480
	} else if x == 6481 {
		y = 6481
	} else if x == 6482 {
		y = 6482
	} else if x == 6483 {
		y = 6483
	} else if x == 6484 {
		y = 6484
	} else if x == 6485 {
		y = 6485
	} else if x == 6486 {
		y = 6486
	} else if x == 6487 {
		y = 6487
	} else if x == 6488 {
		y = 6488
	} else if x == 6489 {
		y = 6489
	} else if x == 6490 {
		y = 6490
	} else if x == 6491 {
		y = 6491
	} else if x == 6492 {
		y = 6492
	} else if x == 6493 {
		y = 6493
	} else if x == 6494 {
		y = 6494
	} else if x == 6495 {
		y = 6495
	} else if x == 6496 {
		y = 6496
	} else if x == 6497 {
		y = 6497
	} else if x == 6498 {
		y = 6498
	} else if x == 6499 {
		y = 6499
	} else if x == 6500 {
		y = 6500
	} else if x == 6501 {
		y = 6501
	} else if x == 6502 {
		y = 6502
	} else if x == 6503 {
		y = 6503
	} else if x == 6504 {
		y = 6504
	} else if x == 6505 {
		y = 6505
	} else if x == 6506 {
		y = 6506
	} else if x == 6507 {
		y = 6507
	} else if x == 6508 {
		y = 6508
	} else if x == 6509 {
		y = 6509
	} else if x == 6510 {
		y = 6510
	} else if x == 6511 {
		y = 6511
	} else if x == 6512 {
		y = 6512
	} else if x == 6513 {
		y = 6513
	} else if x == 6514 {
		y = 6514
	} else if x == 6515 {
		y = 6515
	} else if x == 6516 {
		y = 6516
	} else if x == 6517 {
		y = 6517
	} else if x == 6518 {
		y = 6518
	} else if x == 6519 {
		y = 6519
	} else if x == 6520 {
		y = 6520
	} else if x == 6521 {
		y = 6521
	} else if x == 6522 {
		y = 6522
	} else if x == 6523 {
		y = 6523
	} else if x == 6524 {
		y = 6524
	} else if x == 6525 {
		y = 6525
	} else if x == 6526 {
		y = 6526
	} else if x == 6527 {
		y = 6527
	} else if x == 6528 {
		y = 6528
	} else if x == 6529 {
		y = 6529
	} else if x == 6530 {
		y = 6530
	} else if x == 6531 {
		y = 6531
	} else if x == 6532 {
		y = 6532
	} else if x == 6533 {
		y = 6533
	} else if x == 6534 {
		y = 6534
	} else if x == 6535 {
		y = 6535
	} else if x == 6536 {
		y = 6536
	} else if x == 6537 {
		y = 6537
	} else if x == 6538 {
		y = 6538
	} else if x == 6539 {
		y = 6539
	} else if x == 6540 {
		y = 6540
	} else if x == 6541 {
		y = 6541
	} else if x == 6542 {
		y = 6542
	} else if x == 6543 {
		y = 6543
	} else if x == 6544 {
		y = 6544
	} else if x == 6545 {
		y = 6545
	} else if x == 6546 {
		y = 6546
	} else if x == 6547 {
		y = 6547
	} else if x == 6548 {
		y = 6548
	} else if x == 6549 {
		y = 6549
	} else if x == 6550 {
		y = 6550
	} else if x == 6551 {
		y = 6551
	} else if x == 6552 {
		y = 6552
	} else if x == 6553 {
		y = 6553
	} else if x == 6554 {
		y = 6554
	} else if x == 6555 {
		y = 6555
	} else if x == 6556 {
		y = 6556
	} else if x == 6557 {
		y = 6557
	} else if x == 6558 {
		y = 6558
	} else if x == 6559 {
		y = 6559
	} else if x == 6560 {
		y = 6560
	} else if x == 6561 {
		y = 6561
	} else if x == 6562 {
		y = 6562
	} else if x == 6563 {
		y = 6563
	} else if x == 6564 {
		y = 6564
	} else if x == 6565 {
		y = 6565
	} else if x == 6566 {
		y = 6566
	} else if x == 6567 {
		y = 6567
	} else if x == 6568 {
		y = 6568
	} else if x == 6569 {
		y = 6569
	} else if x == 6570 {
		y = 6570
	} else if x == 6571 {
		y = 6571
	} else if x == 6572 {
		y = 6572
	} else if x == 6573 {
		y = 6573
	} else if x == 6574 {
		y = 6574
	} else if x == 6575 {
		y = 6575
	} else if x == 6576 {
		y = 6576
	} else if x == 6577 {
		y = 6577
	} else if x == 6578 {
		y = 6578
	} else if x == 6579 {
		y = 6579
	} else if x == 6580 {
		y = 6580
	} else if x == 6581 {
		y = 6581
	} else if x == 6582 {
		y = 6582
	} else if x == 6583 {
		y = 6583
	} else if x == 6584 {
		y = 6584
	} else if x == 6585 {
		y = 6585
	} else if x == 6586 {
		y = 6586
	} else if x == 6587 {
		y = 6587
	} else if x == 6588 {
		y = 6588
	} else if x == 6589 {
		y = 6589
	} else if x == 6590 {
		y = 6590
	} else if x == 6591 {
		y = 6591
	} else if x == 6592 {
		y = 6592
	} else if x == 6593 {
		y = 6593
	} else if x == 6594 {
		y = 6594
	} else if x == 6595 {
		y = 6595
	} else if x == 6596 {
		y = 6596
	} else if x == 6597 {
		y = 6597
	} else if x == 6598 {
		y = 6598
	} else if x == 6599 {
		y = 6599
	} else if x == 6600 {
		y = 6600
	} else if x == 6601 {
		y = 6601
	} else if x == 6602 {
		y = 6602
	} else if x == 6603 {
		y = 6603
	} else if x == 6604 {
		y = 6604
	} else if x == 6605 {
		y = 6605
	} else if x == 6606 {
		y = 6606
	} else if x == 6607 {
		y = 6607
	} else if x == 6608 {
		y = 6608
	} else if x == 6609 {
		y = 6609
	} else if x == 6610 {
		y = 6610
	} else if x == 6611 {
		y = 6611
	} else if x == 6612 {
		y = 6612
	} else if x == 6613 {
		y = 6613
	} else if x == 6614 {
		y = 6614
	} else if x == 6615 {
		y = 6615
	} else if x == 6616 {
		y = 6616
	} else if x == 6617 {
		y = 6617
	} else if x == 6618 {
		y = 6618
	} else if x == 6619 {
		y = 6619
	} else if x == 6620 {
		y = 6620
	} else if x == 6621 {
		y = 6621
	} else if x == 6622 {
		y = 6622
	} else if x == 6623 {
		y = 6623
	} else if x == 6624 {
		y = 6624
	} else if x == 6625 {
		y = 6625
	} else if x == 6626 {
		y = 6626
	} else if x == 6627 {
		y = 6627
	} else if x == 6628 {
		y = 6628
	} else if x == 6629 {
		y = 6629
	} else if x == 6630 {
		y = 6630
	} else if x == 6631 {
		y = 6631
	} else if x == 6632 {
		y = 6632
	} else if x == 6633 {
		y = 6633
	} else if x == 6634 {
		y = 6634
	} else if x == 6635 {
		y = 6635
	} else if x == 6636 {
		y = 6636
	} else if x == 6637 {
		y = 6637
	} else if x == 6638 {
		y = 6638
	} else if x == 6639 {
		y = 6639
	} else if x == 6640 {
		y = 6640
	} else if x == 6641 {
		y = 6641
	} else if x == 6642 {
		y = 6642
	} else if x == 6643 {
		y = 6643
	} else if x == 6644 {
		y = 6644
	} else if x == 6645 {
		y = 6645
	} else if x == 6646 {
		y = 6646
	} else if x == 6647 {
		y = 6647
	} else if x == 6648 {
		y = 6648
	} else if x == 6649 {
		y = 6649
	} else if x == 6650 {
		y = 6650
	} else if x == 6651 {
		y = 6651
	} else if x == 6652 {
		y = 6652
	} else if x == 6653 {
		y = 6653
	} else if x == 6654 {
		y = 6654
	} else if x == 6655 {
		y = 6655
	} else if x == 6656 {
		y = 6656
	} else if x == 6657 {
		y = 6657
	} else if x == 6658 {
		y = 6658
	} else if x == 6659 {
		y = 6659
	} else if x == 6660 {
		y = 6660
	} else if x == 6661 {
		y = 6661
	} else if x == 6662 {
		y = 6662
	} else if x == 6663 {
		y = 6663
	} else if x == 6664 {
		y = 6664
	} else if x == 6665 {
		y = 6665
	} else if x == 6666 {
		y = 6666
	} else if x == 6667 {
		y = 6667
	} else if x == 6668 {
		y = 6668
	} else if x == 6669 {
		y = 6669
	} else if x == 6670 {
		y = 6670
	} else if x == 6671 {
		y = 6671
	} else if x == 6672 {
		y = 6672
	} else if x == 6673 {
		y = 6673
	} else if x == 6674 {
		y = 6674
	} else if x == 6675 {
		y = 6675
	} else if x == 6676 {
		y = 6676
	} else if x == 6677 {
		y = 6677
	} else if x == 6678 {
		y = 6678
	} else if x == 6679 {
		y = 6679
	} else if x == 6680 {
		y = 6680
	} else if x == 6681 {
		y = 6681
	} else if x == 6682 {
		y = 6682
	} else if x == 6683 {
		y = 6683
	} else if x == 6684 {
		y = 6684
	} else if x == 6685 {
		y = 6685
	} else if x == 6686 {
		y = 6686
	} else if x == 6687 {
		y = 6687
	} else if x == 6688 {
		y = 6688
	} else if x == 6689 {
		y = 6689
	} else if x == 6690 {
		y = 6690
	} else if x == 6691 {
		y = 6691
	} else if x == 6692 {
		y = 6692
	} else if x == 6693 {
		y = 6693
	} else if x == 6694 {
		y = 6694
	} else if x == 6695 {
		y = 6695
	} else if x == 6696 {
		y = 6696
	} else if x == 6697 {
		y = 6697
	} else if x == 6698 {
		y = 6698
	} else if x == 6699 {
		y = 6699
	} else if x == 6700 {
		y = 6700
	} else if x == 6701 {
		y = 6701
	} else if x == 6702 {
		y = 6702
	} else if x == 6703 {
		y = 6703
	} else if x == 6704 {
		y = 6704
	} else if x == 6705 {
		y = 6705
	} else if x == 6706 {
		y = 6706
	} else if x == 6707 {
		y = 6707
	} else if x == 6708 {
		y = 6708
	} else if x == 6709 {
		y = 6709
	} else if x == 6710 {
		y = 6710
	} else if x == 6711 {
		y = 6711
	} else if x == 6712 {
		y = 6712
	} else if x == 6713 {
		y = 6713
	} else if x == 6714 {
		y = 6714
	} else if x == 6715 {
		y = 6715
	} else if x == 6716 {
		y = 6716
	} else if x == 6717 {
		y = 6717
	} else if x == 6718 {
		y = 6718
	} else if x == 6719 {
		y = 6719
	} else if x == 6720 {
		y = 6720
	} else if x == 6721 {
		y = 6721
	} else if x == 6722 {
		y = 6722
	} else if x == 6723 {
		y = 6723
	} else if x == 6724 {
		y = 6724
	} else if x == 6725 {
		y = 6725
	} else if x == 6726 {
		y = 6726
	} else if x == 6727 {
		y = 6727
	} else if x == 6728 {
		y = 6728
	} else if x == 6729 {
		y = 6729
	} else if x == 6730 {
		y = 6730
	} else if x == 6731 {
		y = 6731
	} else if x == 6732 {
		y = 6732
	} else if x == 6733 {
		y = 6733
	} else if x == 6734 {
		y = 6734
	} else if x == 6735 {
		y = 6735
	} else if x == 6736 {
		y = 6736
	} else if x == 6737 {
		y = 6737
	} else if x == 6738 {
		y = 6738
	} else if x == 6739 {
		y = 6739
	} else if x == 6740 {
		y = 6740
	} else if x == 6741 {
		y = 6741
	} else if x == 6742 {
		y = 6742
	} else if x == 6743 {
		y = 6743
	} else if x == 6744 {
		y = 6744
	} else if x == 6745 {
		y = 6745
	} else if x == 6746 {
		y = 6746
	} else if x == 6747 {
		y = 6747
	} else if x == 6748 {
		y = 6748
	} else if x == 6749 {
		y = 6749
	} else if x == 6750 {
		y = 6750
	} else if x == 6751 {
		y = 6751
	} else if x == 6752 {
		y = 6752
	} else if x == 6753 {
		y = 6753
	} else if x == 6754 {
		y = 6754
	} else if x == 6755 {
		y = 6755
	} else if x == 6756 {
		y = 6756
	} else if x == 6757 {
		y = 6757
	} else if x == 6758 {
		y = 6758
	} else if x == 6759 {
		y = 6759
	} else if x == 6760 {
		y = 6760
	} else if x == 6761 {
		y = 6761
	} else if x == 6762 {
		y = 6762
	} else if x == 6763 {
		y = 6763
	} else if x == 6764 {
		y = 6764
	} else if x == 6765 {
		y = 6765
	} else if x == 6766 {
		y = 6766
	} else if x == 6767 {
		y = 6767
	} else if x == 6768 {
		y = 6768
	} else if x == 6769 {
		y = 6769
	} else if x == 6770 {
		y = 6770
	} else if x == 6771 {
		y = 6771
	} else if x == 6772 {
		y = 6772
	} else if x == 6773 {
		y = 6773
	} else if x == 6774 {
		y = 6774
	} else if x == 6775 {
		y = 6775
	} else if x == 6776 {
		y = 6776
	} else if x == 6777 {
		y = 6777
	} else if x == 6778 {
		y = 6778
	} else if x == 6779 {
		y = 6779
	} else if x == 6780 {
		y = 6780
	} else if x == 6781 {
		y = 6781
	} else if x == 6782 {
		y = 6782
	} else if x == 6783 {
		y = 6783
	} else if x == 6784 {
		y = 6784
	} else if x == 6785 {
		y = 6785
	} else if x == 6786 {
		y = 6786
	} else if x == 6787 {
		y = 6787
	} else if x == 6788 {
		y = 6788
	} else if x == 6789 {
		y = 6789
	} else if x == 6790 {
		y = 6790
	} else if x == 6791 {
		y = 6791
	} else if x == 6792 {
		y = 6792
	} else if x == 6793 {
		y = 6793
	} else if x == 6794 {
		y = 6794
	} else if x == 6795 {
		y = 6795
	} else if x == 6796 {
		y = 6796
	} else if x == 6797 {
		y = 6797
	} else if x == 6798 {
		y = 6798
	} else if x == 6799 {
		y = 6799
	} else if x == 6800 {
		y = 6800
	} else if x == 6801 {
		y = 6801
	} else if x == 6802 {
		y = 6802
	} else if x == 6803 {
		y = 6803
	} else if x == 6804 {
		y = 6804
	} else if x == 6805 {
		y = 6805
	} else if x == 6806 {
		y = 6806
	} else if x == 6807 {
		y = 6807
	} else if x == 6808 {
		y = 6808
	} else if x == 6809 {
		y = 6809
	} else if x == 6810 {
		y = 6810
	} else if x == 6811 {
		y = 6811
	} else if x == 6812 {
		y = 6812
	} else if x == 6813 {
		y = 6813
	} else if x == 6814 {
		y = 6814
	} else if x == 6815 {
		y = 6815
	} else if x == 6816 {
		y = 6816
	} else if x == 6817 {
		y = 6817
	} else if x == 6818 {
		y = 6818
	} else if x == 6819 {
		y = 6819
	} else if x == 6820 {
		y = 6820
	} else if x == 6821 {
		y = 6821
	} else if x == 6822 {
		y = 6822
	} else if x == 6823 {
		y = 6823
	} else if x == 6824 {
		y = 6824
	} else if x == 6825 {
		y = 6825
	} else if x == 6826 {
		y = 6826
	} else if x == 6827 {
		y = 6827
	} else if x == 6828 {
		y = 6828
	} else if x == 6829 {
		y = 6829
	} else if x == 6830 {
		y = 6830
	} else if x == 6831 {
		y = 6831
	} else if x == 6832 {
		y = 6832
	} else if x == 6833 {
		y = 6833
	} else if x == 6834 {
		y = 6834
	} else if x == 6835 {
		y = 6835
	} else if x == 6836 {
		y = 6836
	} else if x == 6837 {
		y = 6837
	} else if x == 6838 {
		y = 6838
	} else if x == 6839 {
		y = 6839
	} else if x == 6840 {
		y = 6840
	} else if x == 6841 {
		y = 6841
	} else if x == 6842 {
		y = 6842
	} else if x == 6843 {
		y = 6843
	} else if x == 6844 {
		y = 6844
	} else if x == 6845 {
		y = 6845
	} else if x == 6846 {
		y = 6846
	} else if x == 6847 {
		y = 6847
	} else if x == 6848 {
		y = 6848
	} else if x == 6849 {
		y = 6849
	} else if x == 6850 {
		y = 6850
	} else if x == 6851 {
		y = 6851
	} else if x == 6852 {
		y = 6852
	} else if x == 6853 {
		y = 6853
	} else if x == 6854 {
		y = 6854
	} else if x == 6855 {
		y = 6855
	} else if x == 6856 {
		y = 6856
	} else if x == 6857 {
		y = 6857
	} else if x == 6858 {
		y = 6858
	} else if x == 6859 {
		y = 6859
	} else if x == 6860 {
		y = 6860
	} else if x == 6861 {
		y = 6861
	} else if x == 6862 {
		y = 6862
	} else if x == 6863 {
		y = 6863
	} else if x == 6864 {
		y = 6864
	} else if x == 6865 {
		y = 6865
	} else if x == 6866 {
		y = 6866
	} else if x == 6867 {
		y = 6867
	} else if x == 6868 {
		y = 6868
	} else if x == 6869 {
		y = 6869
	} else if x == 6870 {
		y = 6870
	} else if x == 6871 {
		y = 6871
	} else if x == 6872 {
		y = 6872
	} else if x == 6873 {
		y = 6873
	} else if x == 6874 {
		y = 6874
	} else if x == 6875 {
		y = 6875
	} else if x == 6876 {
		y = 6876
	} else if x == 6877 {
		y = 6877
	} else if x == 6878 {
		y = 6878
	} else if x == 6879 {
		y = 6879
	} else if x == 6880 {
		y = 6880
	} else if x == 6881 {
		y = 6881
	} else if x == 6882 {
		y = 6882
	} else if x == 6883 {
		y = 6883
	} else if x == 6884 {
		y = 6884
	} else if x == 6885 {
		y = 6885
	} else if x == 6886 {
		y = 6886
	} else if x == 6887 {
		y = 6887
	} else if x == 6888 {
		y = 6888
	} else if x == 6889 {
		y = 6889
	} else if x == 6890 {
		y = 6890
	} else if x == 6891 {
		y = 6891
	} else if x == 6892 {
		y = 6892
	} else if x == 6893 {
		y = 6893
	} else if x == 6894 {
		y = 6894
	} else if x == 6895 {
		y = 6895
	} else if x == 6896 {
		y = 6896
	} else if x == 6897 {
		y = 6897
	} else if x == 6898 {
		y = 6898
	} else if x == 6899 {
		y = 6899
	} else if x == 6900 {
		y = 6900
	} else if x == 6901 {
		y = 6901
	} else if x == 6902 {
		y = 6902
	} else if x == 6903 {
		y = 6903
	} else if x == 6904 {
		y = 6904
	} else if x == 6905 {
		y = 6905
	} else if x == 6906 {
		y = 6906
	} else if x == 6907 {
		y = 6907
	} else if x == 6908 {
		y = 6908
	} else if x == 6909 {
		y = 6909
	} else if x == 6910 {
		y = 6910
	} else if x == 6911 {
		y = 6911
	} else if x == 6912 {
		y = 6912
	} else if x == 6913 {
		y = 6913
	} else if x == 6914 {
		y = 6914
	} else if x == 6915 {
		y = 6915
	} else if x == 6916 {
		y = 6916
	} else if x == 6917 {
		y = 6917
	} else if x == 6918 {
		y = 6918
	} else if x == 6919 {
		y = 6919
	} else if x == 6920 {
		y = 6920
	} else if x == 6921 {
		y = 6921
	} else if x == 6922 {
		y = 6922
	} else if x == 6923 {
		y = 6923
	} else if x == 6924 {
		y = 6924
	} else if x == 6925 {
		y = 6925
	} else if x == 6926 {
		y = 6926
	} else if x == 6927 {
		y = 6927
	} else if x == 6928 {
		y = 6928
	} else if x == 6929 {
		y = 6929
	} else if x == 6930 {
		y = 6930
	} else if x == 6931 {
		y = 6931
	} else if x == 6932 {
		y = 6932
	} else if x == 6933 {
		y = 6933
	} else if x == 6934 {
		y = 6934
	} else if x == 6935 {
		y = 6935
	} else if x == 6936 {
		y = 6936
	} else if x == 6937 {
		y = 6937
	} else if x == 6938 {
		y = 6938
	} else if x == 6939 {
		y = 6939
	} else if x == 6940 {
		y = 6940
	} else if x == 6941 {
		y = 6941
	} else if x == 6942 {
		y = 6942
	} else if x == 6943 {
		y = 6943
	} else if x == 6944 {
		y = 6944
	} else if x == 6945 {
		y = 6945
	} else if x == 6946 {
		y = 6946
	} else if x == 6947 {
		y = 6947
	} else if x == 6948 {
		y = 6948
	} else if x == 6949 {
		y = 6949
	} else if x == 6950 {
		y = 6950
	} else if x == 6951 {
		y = 6951
	} else if x == 6952 {
		y = 6952
	} else if x == 6953 {
		y = 6953
	} else if x == 6954 {
		y = 6954
	} else if x == 6955 {
		y = 6955
	} else if x == 6956 {
		y = 6956
	} else if x == 6957 {
		y = 6957
	} else if x == 6958 {
		y = 6958
	} else if x == 6959 {
		y = 6959
	} else if x == 6960 {
		y = 6960
	} else if x == 6961 {
		y = 6961
	} else if x == 6962 {
		y = 6962
	} else if x == 6963 {
		y = 6963
	} else if x == 6964 {
		y = 6964
	} else if x == 6965 {
		y = 6965
	} else if x == 6966 {
		y = 6966
	} else if x == 6967 {
		y = 6967
	} else if x == 6968 {
		y = 6968
	} else if x == 6969 {
		y = 6969
	} else if x == 6970 {
		y = 6970
	} else if x == 6971 {
		y = 6971
	} else if x == 6972 {
		y = 6972
	} else if x == 6973 {
		y = 6973
	} else if x == 6974 {
		y = 6974
	} else if x == 6975 {
		y = 6975
	} else if x == 6976 {
		y = 6976
	} else if x == 6977 {
		y = 6977
	} else if x == 6978 {
		y = 6978
	} else if x == 6979 {
		y = 6979
	} else if x == 6980 {
		y = 6980
	} else if x == 6981 {
		y = 6981
	} else if x == 6982 {
		y = 6982
	} else if x == 6983 {
		y = 6983
	} else if x == 6984 {
		y = 6984
	} else if x == 6985 {
		y = 6985
	} else if x == 6986 {
		y = 6986
	} else if x == 6987 {
		y = 6987
	} else if x == 6988 {
		y = 6988
	} else if x == 6989 {
		y = 6989
	} else if x == 6990 {
		y = 6990
	} else if x == 6991 {
		y = 6991
	} else if x == 6992 {
		y = 6992
	} else if x == 6993 {
		y = 6993
	} else if x == 6994 {
		y = 6994
	} else if x == 6995 {
		y = 6995
	} else if x == 6996 {
		y = 6996
	} else if x == 6997 {
		y = 6997
	} else if x == 6998 {
		y = 6998
	} else if x == 6999 {
		y = 6999
	} else if x == 7000 {
		y = 7000
	} else if x == 7001 {
		y = 7001
	} else if x == 7002 {
		y = 7002
	} else if x == 7003 {
		y = 7003
	} else if x == 7004 {
		y = 7004
	} else if x == 7005 {
		y = 7005
	} else if x == 7006 {
		y = 7006
	} else if x == 7007 {
		y = 7007
	} else if x == 7008 {
		y = 7008
	} else if x == 7009 {
		y = 7009
	} else if x == 7010 {
		y = 7010
	} else if x == 7011 {
		y = 7011
	} else if x == 7012 {
		y = 7012
	} else if x == 7013 {
		y = 7013
	} else if x == 7014 {
		y = 7014
	} else if x == 7015 {
		y = 7015
	} else if x == 7016 {
		y = 7016
	} else if x == 7017 {
		y = 7017
	} else if x == 7018 {
		y = 7018
	} else if x == 7019 {
		y = 7019
	} else if x == 7020 {
		y = 7020
	} else if x == 7021 {
		y = 7021
	} else if x == 7022 {
		y = 7022
	} else if x == 7023 {
		y = 7023
	} else if x == 7024 {
		y = 7024
	} else if x == 7025 {
		y = 7025
	} else if x == 7026 {
		y = 7026
	} else if x == 7027 {
		y = 7027
	} else if x == 7028 {
		y = 7028
	} else if x == 7029 {
		y = 7029
	} else if x == 7030 {
		y = 7030
	} else if x == 7031 {
		y = 7031
	} else if x == 7032 {
		y = 7032
	} else if x == 7033 {
		y = 7033
	} else if x == 7034 {
		y = 7034
	} else if x == 7035 {
		y = 7035
	} else if x == 7036 {
		y = 7036
	} else if x == 7037 {
		y = 7037
	} else if x == 7038 {
		y = 7038
	} else if x == 7039 {
		y = 7039
	} else if x == 7040 {
		y = 7040
	} else if x == 7041 {
		y = 7041
	} else if x == 7042 {
		y = 7042
	} else if x == 7043 {
		y = 7043
	} else if x == 7044 {
		y = 7044
	} else if x == 7045 {
		y = 7045
	} else if x == 7046 {
		y = 7046
	} else if x == 7047 {
		y = 7047
	} else if x == 7048 {
		y = 7048
	} else if x == 7049 {
		y = 7049
	} else if x == 7050 {
		y = 7050
	} else if x == 7051 {
		y = 7051
	} else if x == 7052 {
		y = 7052
	} else if x == 7053 {
		y = 7053
	} else if x == 7054 {
		y = 7054
	} else if x == 7055 {
		y = 7055
	} else if x == 7056 {
		y = 7056
	} else if x == 7057 {
		y = 7057
	} else if x == 7058 {
		y = 7058
	} else if x == 7059 {
		y = 7059
	} else if x == 7060 {
		y = 7060
	} else if x == 7061 {
		y = 7061
	} else if x == 7062 {
		y = 7062
	} else if x == 7063 {
		y = 7063
	} else if x == 7064 {
		y = 7064
	} else if x == 7065 {
		y = 7065
	} else if x == 7066 {
		y = 7066
	} else if x == 7067 {
		y = 7067
	} else if x == 7068 {
		y = 7068
	} else if x == 7069 {
		y = 7069
	} else if x == 7070 {
		y = 7070
	} else if x == 7071 {
		y = 7071
	} else if x == 7072 {
		y = 7072
	} else if x == 7073 {
		y = 7073
	} else if x == 7074 {
		y = 7074
	} else if x == 7075 {
		y = 7075
	} else if x == 7076 {
		y = 7076
	} else if x == 7077 {
		y = 7077
	} else if x == 7078 {
		y = 7078
	} else if x == 7079 {
		y = 7079
	} else if x == 7080 {
		y = 7080
	} else if x == 7081 {
		y = 7081
	} else if x == 7082 {
		y = 7082
	} else if x == 7083 {
		y = 7083
	} else if x == 7084 {
		y = 7084
	} else if x == 7085 {
		y = 7085
	} else if x == 7086 {
		y = 7086
	} else if x == 7087 {
		y = 7087
	} else if x == 7088 {
		y = 7088
	} else if x == 7089 {
		y = 7089
	} else if x == 7090 {
		y = 7090
	} else if x == 7091 {
		y = 7091
	} else if x == 7092 {
		y = 7092
	} else if x == 7093 {
		y = 7093
	} else if x == 7094 {
		y = 7094
	} else if x == 7095 {
		y = 7095
	} else if x == 7096 {
		y = 7096
	} else if x == 7097 {
		y = 7097
	} else if x == 7098 {
		y = 7098
	} else if x == 7099 {
		y = 7099
	} else if x == 7100 {
		y = 7100
	} else if x == 7101 {
		y = 7101
	} else if x == 7102 {
		y = 7102
	} else if x == 7103 {
		y = 7103
	} else if x == 7104 {
		y = 7104
	} else if x == 7105 {
		y = 7105
	} else if x == 7106 {
		y = 7106
	} else if x == 7107 {
		y = 7107
	} else if x == 7108 {
		y = 7108
	} else if x == 7109 {
		y = 7109
	} else if x == 7110 {
		y = 7110
	} else if x == 7111 {
		y = 7111
	} else if x == 7112 {
		y = 7112
	} else if x == 7113 {
		y = 7113
	} else if x == 7114 {
		y = 7114
	} else if x == 7115 {
		y = 7115
	} else if x == 7116 {
		y = 7116
	} else if x == 7117 {
		y = 7117
	} else if x == 7118 {
		y = 7118
	} else if x == 7119 {
		y = 7119
	} else if x == 7120 {
		y = 7120
	} else if x == 7121 {
		y = 7121
	} else if x == 7122 {
		y = 7122
	} else if x == 7123 {
		y = 7123
	} else if x == 7124 {
		y = 7124
	} else if x == 7125 {
		y = 7125
	} else if x == 7126 {
		y = 7126
	} else if x == 7127 {
		y = 7127
	} else if x == 7128 {
		y = 7128
	} else if x == 7129 {
		y = 7129
	} else if x == 7130 {
		y = 7130
	} else if x == 7131 {
		y = 7131
	} else if x == 7132 {
		y = 7132
	} else if x == 7133 {
		y = 7133
	} else if x == 7134 {
		y = 7134
	} else if x == 7135 {
		y = 7135
	} else if x == 7136 {
		y = 7136
	} else if x == 7137 {
		y = 7137
	} else if x == 7138 {
		y = 7138
	} else if x == 7139 {
		y = 7139
	} else if x == 7140 {
		y = 7140
	} else if x == 7141 {
		y = 7141
	} else if x == 7142 {
		y = 7142
	} else if x == 7143 {
		y = 7143
	} else if x == 7144 {
		y = 7144
	} else if x == 7145 {
		y = 7145
	} else if x == 7146 {
		y = 7146
	} else if x == 7147 {
		y = 7147
	} else if x == 7148 {
		y = 7148
	} else if x == 7149 {
		y = 7149
	} else if x == 7150 {
		y = 7150
	} else if x == 7151 {
		y = 7151
	} else if x == 7152 {
		y = 7152
	} else if x == 7153 {
		y = 7153
	} else if x == 7154 {
		y = 7154
	} else if x == 7155 {
		y = 7155
	} else if x == 7156 {
		y = 7156
	} else if x == 7157 {
		y = 7157
	} else if x == 7158 {
		y = 7158
	} else if x == 7159 {
		y = 7159
	} else if x == 7160 {
		y = 7160
	} else if x == 7161 {
		y = 7161
	} else if x == 7162 {
		y = 7162
	} else if x == 7163 {
		y = 7163
	} else if x == 7164 {
		y = 7164
	} else if x == 7165 {
		y = 7165
	} else if x == 7166 {
		y = 7166
	} else if x == 7167 {
		y = 7167
	} else if x == 7168 {
		y = 7168
	} else if x == 7169 {
		y = 7169
	} else if x == 7170 {
		y = 7170
	} else if x == 7171 {
		y = 7171
	} else if x == 7172 {
		y = 7172
	} else if x == 7173 {
		y = 7173
	} else if x == 7174 {
		y = 7174
	} else if x == 7175 {
		y = 7175
	} else if x == 7176 {
		y = 7176
	} else if x == 7177 {
		y = 7177
	} else if x == 7178 {
		y = 7178
	} else if x == 7179 {
		y = 7179
	} else if x == 7180 {
		y = 7180
	} else if x == 7181 {
		y = 7181
	} else if x == 7182 {
		y = 7182
	} else if x == 7183 {
		y = 7183
	} else if x == 7184 {
		y = 7184
	} else if x == 7185 {
		y = 7185
	} else if x == 7186 {
		y = 7186
	} else if x == 7187 {
		y = 7187
	} else if x == 7188 {
		y = 7188
	} else if x == 7189 {
		y = 7189
	} else if x == 7190 {
		y = 7190
	} else if x == 7191 {
		y = 7191
	} else if x == 7192 {
		y = 7192
	} else if x == 7193 {
		y = 7193
	} else if x == 7194 {
		y = 7194
	} else if x == 7195 {
		y = 7195
	} else if x == 7196 {
		y = 7196
	} else if x == 7197 {
		y = 7197
	} else if x == 7198 {
		y = 7198
	} else if x == 7199 {
		y = 7199
	} else if x == 7200 {
		y = 7200
	} else if x == 7201 {
		y = 7201
	} else if x == 7202 {
		y = 7202
	} else if x == 7203 {
		y = 7203
	} else if x == 7204 {
		y = 7204
	} else if x == 7205 {
		y = 7205
	} else if x == 7206 {
		y = 7206
	} else if x == 7207 {
		y = 7207
	} else if x == 7208 {
		y = 7208
	} else if x == 7209 {
		y = 7209
	} else if x == 7210 {
		y = 7210
	} else if x == 7211 {
		y = 7211
	} else if x == 7212 {
		y = 7212
	} else if x == 7213 {
		y = 7213
	} else if x == 7214 {
		y = 7214
	} else if x == 7215 {
		y = 7215
	} else if x == 7216 {
		y = 7216
	} else if x == 7217 {
		y = 7217
	} else if x == 7218 {
		y = 7218
	} else if x == 7219 {
		y = 7219
	} else if x == 7220 {
		y = 7220
	} else if x == 7221 {
		y = 7221
	} else if x == 7222 {
		y = 7222
	} else if x == 7223 {
		y = 7223
	} else if x == 7224 {
		y = 7224
	} else if x == 7225 {
		y = 7225
	} else if x == 7226 {
		y = 7226
	} else if x == 7227 {
		y = 7227
	} else if x == 7228 {
		y = 7228
	} else if x == 7229 {
		y = 7229
	} else if x == 7230 {
		y = 7230
	} else if x == 7231 {
		y = 7231
	} else if x == 7232 {
		y = 7232
	} else if x == 7233 {
		y = 7233
	} else if x == 7234 {
		y = 7234
	} else if x == 7235 {
		y = 7235
	} else if x == 7236 {
		y = 7236
	} else if x == 7237 {
		y = 7237
	} else if x == 7238 {
		y = 7238
	} else if x == 7239 {
		y = 7239
	} else if x == 7240 {
		y = 7240
	} else if x == 7241 {
		y = 7241
	} else if x == 7242 {
		y = 7242
	} else if x == 7243 {
		y = 7243
	} else if x == 7244 {
		y = 7244
	} else if x == 7245 {
		y = 7245
	} else if x == 7246 {
		y = 7246
	} else if x == 7247 {
		y = 7247
	} else if x == 7248 {
		y = 7248
	} else if x == 7249 {
		y = 7249
	} else if x == 7250 {
		y = 7250
	} else if x == 7251 {
		y = 7251
	} else if x == 7252 {
		y = 7252
	} else if x == 7253 {
		y = 7253
	} else if x == 7254 {
		y = 7254
	} else if x == 7255 {
		y = 7255
	} else if x == 7256 {
		y = 7256
	} else if x == 7257 {
		y = 7257
	} else if x == 7258 {
		y = 7258
	} else if x == 7259 {
		y = 7259
	} else if x == 7260 {
		y = 7260
	} else if x == 7261 {
		y = 7261
	} else if x == 7262 {
		y = 7262
	} else if x == 7263 {
		y = 7263
	} else if x == 7264 {
		y = 7264
	} else if x == 7265 {
		y = 7265
	} else if x == 7266 {
		y = 7266
	} else if x == 7267 {
		y = 7267
	} else if x == 7268 {
		y = 7268
	} else if x == 7269 {
		y = 7269
	} else if x == 7270 {
		y = 7270
	} else if x == 7271 {
		y = 7271
	} else if x == 7272 {
		y = 7272
	} else if x == 7273 {
		y = 7273
	} else if x == 7274 {
		y = 7274
	} else if x == 7275 {
		y = 7275
	} else if x == 7276 {
		y = 7276
	} else if x == 7277 {
		y = 7277
	} else if x == 7278 {
		y = 7278
	} else if x == 7279 {
		y = 7279
	} else if x == 7280 {
		y = 7280
	} else if x == 7281 {
		y = 7281
	} else if x == 7282 {
		y = 7282
	} else if x == 7283 {
		y = 7283
	} else if x == 7284 {
		y = 7284
	} else if x == 7285 {
		y = 7285
	} else if x == 7286 {
		y = 7286
	} else if x == 7287 {
		y = 7287
	} else if x == 7288 {
		y = 7288
	} else if x == 7289 {
		y = 7289
	} else if x == 7290 {
		y = 7290
	} else if x == 7291 {
		y = 7291
	} else if x == 7292 {
		y = 7292
	} else if x == 7293 {
		y = 7293
	} else if x == 7294 {
		y = 7294
	} else if x == 7295 {
		y = 7295
	} else if x == 7296 {
		y = 7296
	} else if x == 7297 {
		y = 7297
	} else if x == 7298 {
		y = 7298
	} else if x == 7299 {
		y = 7299
	} else if x == 7300 {
		y = 7300
	} else if x == 7301 {
		y = 7301
	} else if x == 7302 {
		y = 7302
	} else if x == 7303 {
		y = 7303
	} else if x == 7304 {
		y = 7304
	} else if x == 7305 {
		y = 7305
	} else if x == 7306 {
		y = 7306
	} else if x == 7307 {
		y = 7307
	} else if x == 7308 {
		y = 7308
	} else if x == 7309 {
		y = 7309
	} else if x == 7310 {
		y = 7310
	} else if x == 7311 {
		y = 7311
	} else if x == 7312 {
		y = 7312
	} else if x == 7313 {
		y = 7313
	} else if x == 7314 {
		y = 7314
	} else if x == 7315 {
		y = 7315
	} else if x == 7316 {
		y = 7316
	} else if x == 7317 {
		y = 7317
	} else if x == 7318 {
		y = 7318
	} else if x == 7319 {
		y = 7319
	} else if x == 7320 {
		y = 7320
	} else if x == 7321 {
		y = 7321
	} else if x == 7322 {
		y = 7322
	} else if x == 7323 {
		y = 7323
	} else if x == 7324 {
		y = 7324
	} else if x == 7325 {
		y = 7325
	} else if x == 7326 {
		y = 7326
	} else if x == 7327 {
		y = 7327
	} else if x == 7328 {
		y = 7328
	} else if x == 7329 {
		y = 7329
	} else if x == 7330 {
		y = 7330
	} else if x == 7331 {
		y = 7331
	} else if x == 7332 {
		y = 7332
	} else if x == 7333 {
		y = 7333
	} else if x == 7334 {
		y = 7334
	} else if x == 7335 {
		y = 7335
	} else if x == 7336 {
		y = 7336
	} else if x == 7337 {
		y = 7337
	} else if x == 7338 {
		y = 7338
	} else if x == 7339 {
		y = 7339
	} else if x == 7340 {
		y = 7340
	} else if x == 7341 {
		y = 7341
	} else if x == 7342 {
		y = 7342
	} else if x == 7343 {
		y = 7343
	} else if x == 7344 {
		y = 7344
	} else if x == 7345 {
		y = 7345
	} else if x == 7346 {
		y = 7346
	} else if x == 7347 {
		y = 7347
	} else if x == 7348 {
		y = 7348
	} else if x == 7349 {
		y = 7349
	} else if x == 7350 {
		y = 7350
	} else if x == 7351 {
		y = 7351
	} else if x == 7352 {
		y = 7352
	} else if x == 7353 {
		y = 7353
	} else if x == 7354 {
		y = 7354
	} else if x == 7355 {
		y = 7355
	} else if x == 7356 {
		y = 7356
	} else if x == 7357 {
		y = 7357
	} else if x == 7358 {
		y = 7358
	} else if x == 7359 {
		y = 7359
	} else if x == 7360 {
		y = 7360
	} else if x == 7361 {
		y = 7361
	} else if x == 7362 {
		y = 7362
	} else if x == 7363 {
		y = 7363
	} else if x == 7364 {
		y = 7364
	} else if x == 7365 {
		y = 7365
	} else if x == 7366 {
		y = 7366
	} else if x == 7367 {
		y = 7367
	} else if x == 7368 {
		y = 7368
	} else if x == 7369 {
		y = 7369
	} else if x == 7370 {
		y = 7370
	} else if x == 7371 {
		y = 7371
	} else if x == 7372 {
		y = 7372
	} else if x == 7373 {
		y = 7373
	} else if x == 7374 {
		y = 7374
	} else if x == 7375 {
		y = 7375
	} else if x == 7376 {
		y = 7376
	} else if x == 7377 {
		y = 7377
	} else if x == 7378 {
		y = 7378
	} else if x == 7379 {
		y = 7379
	} else if x == 7380 {
		y = 7380
	} else if x == 7381 {
		y = 7381
	} else if x == 7382 {
		y = 7382
	} else if x == 7383 {
		y = 7383
	} else if x == 7384 {
		y = 7384
	} else if x == 7385 {
		y = 7385
	} else if x == 7386 {
		y = 7386
	} else if x == 7387 {
		y = 7387
	} else if x == 7388 {
		y = 7388
	} else if x == 7389 {
		y = 7389
	} else if x == 7390 {
		y = 7390
	} else if x == 7391 {
		y = 7391
	} else if x == 7392 {
		y = 7392
	} else if x == 7393 {
		y = 7393
	} else if x == 7394 {
		y = 7394
	} else if x == 7395 {
		y = 7395
	} else if x == 7396 {
		y = 7396
	} else if x == 7397 {
		y = 7397
	} else if x == 7398 {
		y = 7398
	} else if x == 7399 {
		y = 7399
	} else if x == 7400 {
		y = 7400
	} else if x == 7401 {
		y = 7401
	} else if x == 7402 {
		y = 7402
	} else if x == 7403 {
		y = 7403
	} else if x == 7404 {
		y = 7404
	} else if x == 7405 {
		y = 7405
	} else if x == 7406 {
		y = 7406
	} else if x == 7407 {
		y = 7407
	} else if x == 7408 {
		y = 7408
	} else if x == 7409 {
		y = 7409
	} else if x == 7410 {
		y = 7410
	} else if x == 7411 {
		y = 7411
	} else if x == 7412 {
		y = 7412
	} else if x == 7413 {
		y = 7413
	} else if x == 7414 {
		y = 7414
	} else if x == 7415 {
		y = 7415
	} else if x == 7416 {
		y = 7416
	} else if x == 7417 {
		y = 7417
	} else if x == 7418 {
		y = 7418
	} else if x == 7419 {
		y = 7419
	} else if x == 7420 {
		y = 7420
	} else if x == 7421 {
		y = 7421
	} else if x == 7422 {
		y = 7422
	} else if x == 7423 {
		y = 7423
	} else if x == 7424 {
		y = 7424
	} else if x == 7425 {
		y = 7425
	} else if x == 7426 {
		y = 7426
	} else if x == 7427 {
		y = 7427
	} else if x == 7428 {
		y = 7428
	} else if x == 7429 {
		y = 7429
	} else if x == 7430 {
		y = 7430
	} else if x == 7431 {
		y = 7431
	} else if x == 7432 {
		y = 7432
	} else if x == 7433 {
		y = 7433
	} else if x == 7434 {
		y = 7434
	} else if x == 7435 {
		y = 7435
	} else if x == 7436 {
		y = 7436
	} else if x == 7437 {
		y = 7437
	} else if x == 7438 {
		y = 7438
	} else if x == 7439 {
		y = 7439
	} else if x == 7440 {
		y = 7440
	} else if x == 7441 {
		y = 7441
	} else if x == 7442 {
		y = 7442
	} else if x == 7443 {
		y = 7443
	} else if x == 7444 {
		y = 7444
	} else if x == 7445 {
		y = 7445
	} else if x == 7446 {
		y = 7446
	} else if x == 7447 {
		y = 7447
	} else if x == 7448 {
		y = 7448
	} else if x == 7449 {
		y = 7449
	} else if x == 7450 {
		y = 7450
	} else if x == 7451 {
		y = 7451
	} else if x == 7452 {
		y = 7452
	} else if x == 7453 {
		y = 7453
	} else if x == 7454 {
		y = 7454
	} else if x == 7455 {
		y = 7455
	} else if x == 7456 {
		y = 7456
	} else if x == 7457 {
		y = 7457
	} else if x == 7458 {
		y = 7458
	} else if x == 7459 {
		y = 7459
	} else if x == 7460 {
		y = 7460
	} else if x == 7461 {
		y = 7461
	} else if x == 7462 {
		y = 7462
	} else if x == 7463 {
		y = 7463
	} else if x == 7464 {
		y = 7464
	} else if x == 7465 {
		y = 7465
	} else if x == 7466 {
		y = 7466
	} else if x == 7467 {
		y = 7467
	} else if x == 7468 {
		y = 7468
	} else if x == 7469 {
		y = 7469
	} else if x == 7470 {
		y = 7470
	} else if x == 7471 {
		y = 7471
	} else if x == 7472 {
		y = 7472
	} else if x == 7473 {
		y = 7473
	} else if x == 7474 {
		y = 7474
	} else if x == 7475 {
		y = 7475
	} else if x == 7476 {
		y = 7476
	} else if x == 7477 {
		y = 7477
	} else if x == 7478 {
		y = 7478
	} else if x == 7479 {
		y = 7479
	} else if x == 7480 {
		y = 7480
	} else if x == 7481 {
		y = 7481
	} else if x == 7482 {
		y = 7482
	} else if x == 7483 {
		y = 7483
	} else if x == 7484 {
		y = 7484
	} else if x == 7485 {
		y = 7485
	} else if x == 7486 {
		y = 7486
	} else if x == 7487 {
		y = 7487
	} else if x == 7488 {
		y = 7488
	} else if x == 7489 {
		y = 7489
	} else if x == 7490 {
		y = 7490
	} else if x == 7491 {
		y = 7491
	} else if x == 7492 {
		y = 7492
	} else if x == 7493 {
		y = 7493
	} else if x == 7494 {
		y = 7494
	} else if x == 7495 {
		y = 7495
	} else if x == 7496 {
		y = 7496
	} else if x == 7497 {
		y = 7497
	} else if x == 7498 {
		y = 7498
	} else if x == 7499 {
		y = 7499
	} else if x == 7500 {
		y = 7500
	} else if x == 7501 {
		y = 7501
	} else if x == 7502 {
		y = 7502
	} else if x == 7503 {
		y = 7503
	} else if x == 7504 {
		y = 7504
	} else if x == 7505 {
		y = 7505
	} else if x == 7506 {
		y = 7506
	} else if x == 7507 {
		y = 7507
	} else if x == 7508 {
		y = 7508
	} else if x == 7509 {
		y = 7509
	} else if x == 7510 {
		y = 7510
	} else if x == 7511 {
		y = 7511
	} else if x == 7512 {
		y = 7512
	} else if x == 7513 {
		y = 7513
	} else if x == 7514 {
		y = 7514
	} else if x == 7515 {
		y = 7515
	} else if x == 7516 {
		y = 7516
	} else if x == 7517 {
		y = 7517
	} else if x == 7518 {
		y = 7518
	} else if x == 7519 {
		y = 7519
	} else if x == 7520 {
		y = 7520
	} else if x == 7521 {
		y = 7521
	} else if x == 7522 {
		y = 7522
	} else if x == 7523 {
		y = 7523
	} else if x == 7524 {
		y = 7524
	} else if x == 7525 {
		y = 7525
	} else if x == 7526 {
		y = 7526
	} else if x == 7527 {
		y = 7527
	} else if x == 7528 {
		y = 7528
	} else if x == 7529 {
		y = 7529
	} else if x == 7530 {
		y = 7530
	} else if x == 7531 {
		y = 7531
	} else if x == 7532 {
		y = 7532
	} else if x == 7533 {
		y = 7533
	} else if x == 7534 {
		y = 7534
	} else if x == 7535 {
		y = 7535
	} else if x == 7536 {
		y = 7536
	} else if x == 7537 {
		y = 7537
	} else if x == 7538 {
		y = 7538
	} else if x == 7539 {
		y = 7539
	} else if x == 7540 {
		y = 7540
	} else if x == 7541 {
		y = 7541
	} else if x == 7542 {
		y = 7542
	} else if x == 7543 {
		y = 7543
	} else if x == 7544 {
		y = 7544
	} else if x == 7545 {
		y = 7545
	} else if x == 7546 {
		y = 7546
	} else if x == 7547 {
		y = 7547
	} else if x == 7548 {
		y = 7548
	} else if x == 7549 {
		y = 7549
	} else if x == 7550 {
		y = 7550
	} else if x == 7551 {
		y = 7551
	} else if x == 7552 {
		y = 7552
	} else if x == 7553 {
		y = 7553
	} else if x == 7554 {
		y = 7554
	} else if x == 7555 {
		y = 7555
	} else if x == 7556 {
		y = 7556
	} else if x == 7557 {
		y = 7557
	} else if x == 7558 {
		y = 7558
	} else if x == 7559 {
		y = 7559
	} else if x == 7560 {
		y = 7560
	} else if x == 7561 {
		y = 7561
	} else if x == 7562 {
		y = 7562
	} else if x == 7563 {
		y = 7563
	} else if x == 7564 {
		y = 7564
	} else if x == 7565 {
		y = 7565
	} else if x == 7566 {
		y = 7566
	} else if x == 7567 {
		y = 7567
	} else if x == 7568 {
		y = 7568
	} else if x == 7569 {
		y = 7569
	} else if x == 7570 {
		y = 7570
	} else if x == 7571 {
		y = 7571
	} else if x == 7572 {
		y = 7572
	} else if x == 7573 {
		y = 7573
	} else if x == 7574 {
		y = 7574
	} else if x == 7575 {
		y = 7575
	} else if x == 7576 {
		y = 7576
	} else if x == 7577 {
		y = 7577
	} else if x == 7578 {
		y = 7578
	} else if x == 7579 {
		y = 7579
	} else if x == 7580 {
		y = 7580
	} else if x == 7581 {
		y = 7581
	} else if x == 7582 {
		y = 7582
	} else if x == 7583 {
		y = 7583
	} else if x == 7584 {
		y = 7584
	} else if x == 7585 {
		y = 7585
	} else if x == 7586 {
		y = 7586
	} else if x == 7587 {
		y = 7587
	} else if x == 7588 {
		y = 7588
	} else if x == 7589 {
		y = 7589
	} else if x == 7590 {
		y = 7590
	} else if x == 7591 {
		y = 7591
	} else if x == 7592 {
		y = 7592
	} else if x == 7593 {
		y = 7593
	} else if x == 7594 {
		y = 7594
	} else if x == 7595 {
		y = 7595
	} else if x == 7596 {
		y = 7596
	} else if x == 7597 {
		y = 7597
	} else if x == 7598 {
		y = 7598
	} else if x == 7599 {
		y = 7599
	} else if x == 7600 {
		y = 7600
	} else if x == 7601 {
		y = 7601
	} else if x == 7602 {
		y = 7602
	} else if x == 7603 {
		y = 7603
	} else if x == 7604 {
		y = 7604
	} else if x == 7605 {
		y = 7605
	} else if x == 7606 {
		y = 7606
	} else if x == 7607 {
		y = 7607
	} else if x == 7608 {
		y = 7608
	} else if x == 7609 {
		y = 7609
	} else if x == 7610 {
		y = 7610
	} else if x == 7611 {
		y = 7611
	} else if x == 7612 {
		y = 7612
	} else if x == 7613 {
		y = 7613
	} else if x == 7614 {
		y = 7614
	} else if x == 7615 {
		y = 7615
	} else if x == 7616 {
		y = 7616
	} else if x == 7617 {
		y = 7617
	} else if x == 7618 {
		y = 7618
	} else if x == 7619 {
		y = 7619
	} else if x == 7620 {
		y = 7620
	} else if x == 7621 {
		y = 7621
	} else if x == 7622 {
		y = 7622
	} else if x == 7623 {
		y = 7623
	} else if x == 7624 {
		y = 7624
	} else if x == 7625 {
		y = 7625
	} else if x == 7626 {
		y = 7626
	} else if x == 7627 {
		y = 7627
	} else if x == 7628 {
		y = 7628
	} else if x == 7629 {
		y = 7629
	} else if x == 7630 {
		y = 7630
	} else if x == 7631 {
		y = 7631
	} else if x == 7632 {
		y = 7632
	} else if x == 7633 {
		y = 7633
	} else if x == 7634 {
		y = 7634
	} else if x == 7635 {
		y = 7635
	} else if x == 7636 {
		y = 7636
	} else if x == 7637 {
		y = 7637
	} else if x == 7638 {
		y = 7638
	} else if x == 7639 {
		y = 7639
	} else if x == 7640 {
		y = 7640
	} else if x == 7641 {
		y = 7641
	} else if x == 7642 {
		y = 7642
	} else if x == 7643 {
		y = 7643
	} else if x == 7644 {
		y = 7644
	} else if x == 7645 {
		y = 7645
	} else if x == 7646 {
		y = 7646
	} else if x == 7647 {
		y = 7647
	} else if x == 7648 {
		y = 7648
	} else if x == 7649 {
		y = 7649
	} else if x == 7650 {
		y = 7650
	} else if x == 7651 {
		y = 7651
	} else if x == 7652 {
		y = 7652
	} else if x == 7653 {
		y = 7653
	} else if x == 7654 {
		y = 7654
	} else if x == 7655 {
		y = 7655
	} else if x == 7656 {
		y = 7656
	} else if x == 7657 {
		y = 7657
	} else if x == 7658 {
		y = 7658
	} else if x == 7659 {
		y = 7659
	} else if x == 7660 {
		y = 7660
	} else if x == 7661 {
		y = 7661
	} else if x == 7662 {
		y = 7662
	} else if x == 7663 {
		y = 7663
	} else if x == 7664 {
		y = 7664
	} else if x == 7665 {
		y = 7665
	} else if x == 7666 {
		y = 7666
	} else if x == 7667 {
		y = 7667
	} else if x == 7668 {
		y = 7668
	} else if x == 7669 {
		y = 7669
	} else if x == 7670 {
		y = 7670
	} else if x == 7671 {
		y = 7671
	} else if x == 7672 {
		y = 7672
	} else if x == 7673 {
		y = 7673
	} else if x == 7674 {
		y = 7674
	} else if x == 7675 {
		y = 7675
	} else if x == 7676 {
		y = 7676
	} else if x == 7677 {
		y = 7677
	} else if x == 7678 {
		y = 7678
	} else if x == 7679 {
		y = 7679
	} else if x == 7680 {
		y = 7680
	} else if x == 7681 {
		y = 7681
	} else if x == 7682 {
		y = 7682
	} else if x == 7683 {
		y = 7683
	} else if x == 7684 {
		y = 7684
	} else if x == 7685 {
		y = 7685
	} else if x == 7686 {
		y = 7686
	} else if x == 7687 {
		y = 7687
	} else if x == 7688 {
		y = 7688
	} else if x == 7689 {
		y = 7689
	} else if x == 7690 {
		y = 7690
	} else if x == 7691 {
		y = 7691
	} else if x == 7692 {
		y = 7692
	} else if x == 7693 {
		y = 7693
	} else if x == 7694 {
		y = 7694
	} else if x == 7695 {
		y = 7695
	} else if x == 7696 {
		y = 7696
	} else if x == 7697 {
		y = 7697
	} else if x == 7698 {
		y = 7698
	} else if x == 7699 {
		y = 7699
	} else if x == 7700 {
		y = 7700
	} else if x == 7701 {
		y = 7701
	} else if x == 7702 {
		y = 7702
	} else if x == 7703 {
		y = 7703
	} else if x == 7704 {
		y = 7704
	} else if x == 7705 {
		y = 7705
	} else if x == 7706 {
		y = 7706
	} else if x == 7707 {
		y = 7707
	} else if x == 7708 {
		y = 7708
	} else if x == 7709 {
		y = 7709
	} else if x == 7710 {
		y = 7710
	} else if x == 7711 {
		y = 7711
	} else if x == 7712 {
		y = 7712
	} else if x == 7713 {
		y = 7713
	} else if x == 7714 {
		y = 7714
	} else if x == 7715 {
		y = 7715
	} else if x == 7716 {
		y = 7716
	} else if x == 7717 {
		y = 7717
	} else if x == 7718 {
		y = 7718
	} else if x == 7719 {
		y = 7719
	} else if x == 7720 {
		y = 7720
	} else if x == 7721 {
		y = 7721
	} else if x == 7722 {
		y = 7722
	} else if x == 7723 {
		y = 7723
	} else if x == 7724 {
		y = 7724
	} else if x == 7725 {
		y = 7725
	} else if x == 7726 {
		y = 7726
	} else if x == 7727 {
		y = 7727
	} else if x == 7728 {
		y = 7728
	} else if x == 7729 {
		y = 7729
	} else if x == 7730 {
		y = 7730
	} else if x == 7731 {
		y = 7731
	} else if x == 7732 {
		y = 7732
	} else if x == 7733 {
		y = 7733
	} else if x == 7734 {
		y = 7734
	} else if x == 7735 {
		y = 7735
	} else if x == 7736 {
		y = 7736
	} else if x == 7737 {
		y = 7737
	} else if x == 7738 {
		y = 7738
	} else if x == 7739 {
		y = 7739
	} else if x == 7740 {
		y = 7740
	} else if x == 7741 {
		y = 7741
	} else if x == 7742 {
		y = 7742
	} else if x == 7743 {
		y = 7743
	} else if x == 7744 {
		y = 7744
	} else if x == 7745 {
		y = 7745
	} else if x == 7746 {
		y = 7746
	} else if x == 7747 {
		y = 7747
	} else if x == 7748 {
		y = 7748
	} else if x == 7749 {
		y = 7749
	} else if x == 7750 {
		y = 7750
	} else if x == 7751 {
		y = 7751
	} else if x == 7752 {
		y = 7752
	} else if x == 7753 {
		y = 7753
	} else if x == 7754 {
		y = 7754
	} else if x == 7755 {
		y = 7755
	} else if x == 7756 {
		y = 7756
	} else if x == 7757 {
		y = 7757
	} else if x == 7758 {
		y = 7758
	} else if x == 7759 {
		y = 7759
	} else if x == 7760 {
		y = 7760
	} else if x == 7761 {
		y = 7761
	} else if x == 7762 {
		y = 7762
	} else if x == 7763 {
		y = 7763
	} else if x == 7764 {
		y = 7764
	} else if x == 7765 {
		y = 7765
	} else if x == 7766 {
		y = 7766
	} else if x == 7767 {
		y = 7767
	} else if x == 7768 {
		y = 7768
	} else if x == 7769 {
		y = 7769
	} else if x == 7770 {
		y = 7770
	} else if x == 7771 {
		y = 7771
	} else if x == 7772 {
		y = 7772
	} else if x == 7773 {
		y = 7773
	} else if x == 7774 {
		y = 7774
	} else if x == 7775 {
		y = 7775
	} else if x == 7776 {
		y = 7776
	} else if x == 7777 {
		y = 7777
	} else if x == 7778 {
		y = 7778
	} else if x == 7779 {
		y = 7779
	} else if x == 7780 {
		y = 7780
	} else if x == 7781 {
		y = 7781
	} else if x == 7782 {
		y = 7782
	} else if x == 7783 {
		y = 7783
	} else if x == 7784 {
		y = 7784
	} else if x == 7785 {
		y = 7785
	} else if x == 7786 {
		y = 7786
	} else if x == 7787 {
		y = 7787
	} else if x == 7788 {
		y = 7788
	} else if x == 7789 {
		y = 7789
	} else if x == 7790 {
		y = 7790
	} else if x == 7791 {
		y = 7791
	} else if x == 7792 {
		y = 7792
	} else if x == 7793 {
		y = 7793
	} else if x == 7794 {
		y = 7794
	} else if x == 7795 {
		y = 7795
	} else if x == 7796 {
		y = 7796
	} else if x == 7797 {
		y = 7797
	} else if x == 7798 {
		y = 7798
	} else if x == 7799 {
		y = 7799
	} else if x == 7800 {
		y = 7800
	} else if x == 7801 {
		y = 7801
	} else if x == 7802 {
		y = 7802
	} else if x == 7803 {
		y = 7803
	} else if x == 7804 {
		y = 7804
	} else if x == 7805 {
		y = 7805
	} else if x == 7806 {
		y = 7806
	} else if x == 7807 {
		y = 7807
	} else if x == 7808 {
		y = 7808
	} else if x == 7809 {
		y = 7809
	} else if x == 7810 {
		y = 7810
	} else if x == 7811 {
		y = 7811
	} else if x == 7812 {
		y = 7812
	} else if x == 7813 {
		y = 7813
	} else if x == 7814 {
		y = 7814
	} else if x == 7815 {
		y = 7815
	} else if x == 7816 {
		y = 7816
	} else if x == 7817 {
		y = 7817
	} else if x == 7818 {
		y = 7818
	} else if x == 7819 {
		y = 7819
	} else if x == 7820 {
		y = 7820
	} else if x == 7821 {
		y = 7821
	} else if x == 7822 {
		y = 7822
	} else if x == 7823 {
		y = 7823
	} else if x == 7824 {
		y = 7824
	} else if x == 7825 {
		y = 7825
	} else if x == 7826 {
		y = 7826
	} else if x == 7827 {
		y = 7827
	} else if x == 7828 {
		y = 7828
	} else if x == 7829 {
		y = 7829
	} else if x == 7830 {
		y = 7830
	} else if x == 7831 {
		y = 7831
	} else if x == 7832 {
		y = 7832
	} else if x == 7833 {
		y = 7833
	} else if x == 7834 {
		y = 7834
	} else if x == 7835 {
		y = 7835
	} else if x == 7836 {
		y = 7836
	} else if x == 7837 {
		y = 7837
	} else if x == 7838 {
		y = 7838
	} else if x == 7839 {
		y = 7839
	} else if x == 7840 {
		y = 7840
	} else if x == 7841 {
		y = 7841
	} else if x == 7842 {
		y = 7842
	} else if x == 7843 {
		y = 7843
	} else if x == 7844 {
		y = 7844
	} else if x == 7845 {
		y = 7845
	} else if x == 7846 {
		y = 7846
	} else if x == 7847 {
		y = 7847
	} else if x == 7848 {
		y = 7848
	} else if x == 7849 {
		y = 7849
	} else if x == 7850 {
		y = 7850
	} else if x == 7851 {
		y = 7851
	} else if x == 7852 {
		y = 7852
	} else if x == 7853 {
		y = 7853
	} else if x == 7854 {
		y = 7854
	} else if x == 7855 {
		y = 7855
	} else if x == 7856 {
		y = 7856
	} else if x == 7857 {
		y = 7857
	} else if x == 7858 {
		y = 7858
	} else if x == 7859 {
		y = 7859
	} else if x == 7860 {
		y = 7860
	} else if x == 7861 {
		y = 7861
	} else if x == 7862 {
		y = 7862
	} else if x == 7863 {
		y = 7863
	} else if x == 7864 {
		y = 7864
	} else if x == 7865 {
		y = 7865
	} else if x == 7866 {
		y = 7866
	} else if x == 7867 {
		y = 7867
	} else if x == 7868 {
		y = 7868
	} else if x == 7869 {
		y = 7869
	} else if x == 7870 {
		y = 7870
	} else if x == 7871 {
		y = 7871
	} else if x == 7872 {
		y = 7872
	} else if x == 7873 {
		y = 7873
	} else if x == 7874 {
		y = 7874
	} else if x == 7875 {
		y = 7875
	} else if x == 7876 {
		y = 7876
	} else if x == 7877 {
		y = 7877
	} else if x == 7878 {
		y = 7878
	} else if x == 7879 {
		y = 7879
	} else if x == 7880 {
		y = 7880
	} else if x == 7881 {
		y = 7881
	} else if x == 7882 {
		y = 7882
	} else if x == 7883 {
		y = 7883
	} else if x == 7884 {
		y = 7884
	} else if x == 7885 {
		y = 7885
	} else if x == 7886 {
		y = 7886
	} else if x == 7887 {
		y = 7887
	} else if x == 7888 {
		y = 7888
	} else if x == 7889 {
		y = 7889
	} else if x == 7890 {
		y = 7890
	} else if x == 7891 {
		y = 7891
	} else if x == 7892 {
		y = 7892
	} else if x == 7893 {
		y = 7893
	} else if x == 7894 {
		y = 7894
	} else if x == 7895 {
		y = 7895
	} else if x == 7896 {
		y = 7896
	} else if x == 7897 {
		y = 7897
	} else if x == 7898 {
		y = 7898
	} else if x == 7899 {
		y = 7899
	} else if x == 7900 {
		y = 7900
	} else if x == 7901 {
		y = 7901
	} else if x == 7902 {
		y = 7902
	} else if x == 7903 {
		y = 7903
	} else if x == 7904 {
		y = 7904
	} else if x == 7905 {
		y = 7905
	} else if x == 7906 {
		y = 7906
	} else if x == 7907 {
		y = 7907
	} else if x == 7908 {
		y = 7908
	} else if x == 7909 {
		y = 7909
	} else if x == 7910 {
		y = 7910
	} else if x == 7911 {
		y = 7911
	} else if x == 7912 {
		y = 7912
	} else if x == 7913 {
		y = 7913
	} else if x == 7914 {
		y = 7914
	} else if x == 7915 {
		y = 7915
	} else if x == 7916 {
		y = 7916
	} else if x == 7917 {
		y = 7917
	} else if x == 7918 {
		y = 7918
	} else if x == 7919 {
		y = 7919
	} else if x == 7920 {
		y = 7920
	} else if x == 7921 {
		y = 7921
	} else if x == 7922 {
		y = 7922
	} else if x == 7923 {
		y = 7923
	} else if x == 7924 {
		y = 7924
	} else if x == 7925 {
		y = 7925
	} else if x == 7926 {
		y = 7926
	} else if x == 7927 {
		y = 7927
	} else if x == 7928 {
		y = 7928
	} else if x == 7929 {
		y = 7929
	} else if x == 7930 {
		y = 7930
	} else if x == 7931 {
		y = 7931
	} else if x == 7932 {
		y = 7932
	} else if x == 7933 {
		y = 7933
	} else if x == 7934 {
		y = 7934
	} else if x == 7935 {
		y = 7935
	} else if x == 7936 {
		y = 7936
	} else if x == 7937 {
		y = 7937
	} else if x == 7938 {
		y = 7938
	} else if x == 7939 {
		y = 7939
	} else if x == 7940 {
		y = 7940
	} else if x == 7941 {
		y = 7941
	} else if x == 7942 {
		y = 7942
	} else if x == 7943 {
		y = 7943
	} else if x == 7944 {
		y = 7944
	} else if x == 7945 {
		y = 7945
	} else if x == 7946 {
		y = 7946
	} else if x == 7947 {
		y = 7947
	} else if x == 7948 {
		y = 7948
	} else if x == 7949 {
		y = 7949
	} else if x == 7950 {
		y = 7950
	} else if x == 7951 {
		y = 7951
	} else if x == 7952 {
		y = 7952
	} else if x == 7953 {
		y = 7953
	} else if x == 7954 {
		y = 7954
	} else if x == 7955 {
		y = 7955
	} else if x == 7956 {
		y = 7956
	} else if x == 7957 {
		y = 7957
	} else if x == 7958 {
		y = 7958
	} else if x == 7959 {
		y = 7959
	} else if x == 7960 {
		y = 7960
	} else if x == 7961 {
		y = 7961
	} else if x == 7962 {
		y = 7962
	} else if x == 7963 {
		y = 7963
	} else if x == 7964 {
		y = 7964
	} else if x == 7965 {
		y = 7965
	} else if x == 7966 {
		y = 7966
	} else if x == 7967 {
		y = 7967
	} else if x == 7968 {
		y = 7968
	} else if x == 7969 {
		y = 7969
	} else if x == 7970 {
		y = 7970
	} else if x == 7971 {
		y = 7971
	} else if x == 7972 {
		y = 7972
	} else if x == 7973 {
		y = 7973
	} else if x == 7974 {
		y = 7974
	} else if x == 7975 {
		y = 7975
	} else if x == 7976 {
		y = 7976
	} else if x == 7977 {
		y = 7977
	} else if x == 7978 {
		y = 7978
	} else if x == 7979 {
		y = 7979
	} else if x == 7980 {
		y = 7980
	} else if x == 7981 {
		y = 7981
	} else if x == 7982 {
		y = 7982
	} else if x == 7983 {
		y = 7983
	} else if x == 7984 {
		y = 7984
	} else if x == 7985 {
		y = 7985
	} else if x == 7986 {
		y = 7986
	} else if x == 7987 {
		y = 7987
	} else if x == 7988 {
		y = 7988
	} else if x == 7989 {
		y = 7989
	} else if x == 7990 {
		y = 7990
	} else if x == 7991 {
		y = 7991
	} else if x == 7992 {
		y = 7992
	} else if x == 7993 {
		y = 7993
	} else if x == 7994 {
		y = 7994
	} else if x == 7995 {
		y = 7995
	} else if x == 7996 {
		y = 7996
	} else if x == 7997 {
		y = 7997
	} else if x == 7998 {
		y = 7998
	} else if x == 7999 {
		y = 7999
	} else if x == 8000 {
		y = 8000
	} else if x == 8001 {
		y = 8001
	} else if x == 8002 {
		y = 8002
	} else if x == 8003 {
		y = 8003
	} else if x == 8004 {
		y = 8004
	} else if x == 8005 {
		y = 8005
	} else if x == 8006 {
		y = 8006
	} else if x == 8007 {
		y = 8007
	} else if x == 8008 {
		y = 8008
	} else if x == 8009 {
		y = 8009
	} else if x == 8010 {
		y = 8010
	} else if x == 8011 {
		y = 8011
	} else if x == 8012 {
		y = 8012
	} else if x == 8013 {
		y = 8013
	} else if x == 8014 {
		y = 8014
	} else if x == 8015 {
		y = 8015
	} else if x == 8016 {
		y = 8016
	} else if x == 8017 {
		y = 8017
	} else if x == 8018 {
		y = 8018
	} else if x == 8019 {
		y = 8019
	} else if x == 8020 {
		y = 8020
	} else if x == 8021 {
		y = 8021
	} else if x == 8022 {
		y = 8022
	} else if x == 8023 {
		y = 8023
	} else if x == 8024 {
		y = 8024
	} else if x == 8025 {
		y = 8025
	} else if x == 8026 {
		y = 8026
	} else if x == 8027 {
		y = 8027
	} else if x == 8028 {
		y = 8028
	} else if x == 8029 {
		y = 8029
	} else if x == 8030 {
		y = 8030
	} else if x == 8031 {
		y = 8031
	} else if x == 8032 {
		y = 8032
	} else if x == 8033 {
		y = 8033
	} else if x == 8034 {
		y = 8034
	} else if x == 8035 {
		y = 8035
	} else if x == 8036 {
		y = 8036
	} else if x == 8037 {
		y = 8037
	} else if x == 8038 {
		y = 8038
	} else if x == 8039 {
		y = 8039
	} else if x == 8040 {
		y = 8040
	} else if x == 8041 {
		y = 8041
	} else if x == 8042 {
		y = 8042
	} else if x == 8043 {
		y = 8043
	} else if x == 8044 {
		y = 8044
	} else if x == 8045 {
		y = 8045
	} else if x == 8046 {
		y = 8046
	} else if x == 8047 {
		y = 8047
	} else if x == 8048 {
		y = 8048
	} else if x == 8049 {
		y = 8049
	} else if x == 8050 {
		y = 8050
	} else if x == 8051 {
		y = 8051
	} else if x == 8052 {
		y = 8052
	} else if x == 8053 {
		y = 8053
	} else if x == 8054 {
		y = 8054
	} else if x == 8055 {
		y = 8055
	} else if x == 8056 {
		y = 8056
	} else if x == 8057 {
		y = 8057
	} else if x == 8058 {
		y = 8058
	} else if x == 8059 {
		y = 8059
	} else if x == 8060 {
		y = 8060
	} else if x == 8061 {
		y = 8061
	} else if x == 8062 {
		y = 8062
	} else if x == 8063 {
		y = 8063
	} else if x == 8064 {
		y = 8064
	} else if x == 8065 {
		y = 8065
	} else if x == 8066 {
		y = 8066
	} else if x == 8067 {
		y = 8067
	} else if x == 8068 {
		y = 8068
	} else if x == 8069 {
		y = 8069
	} else if x == 8070 {
		y = 8070
	} else if x == 8071 {
		y = 8071
	} else if x == 8072 {
		y = 8072
	} else if x == 8073 {
		y = 8073
	} else if x == 8074 {
		y = 8074
	} else if x == 8075 {
		y = 8075
	} else if x == 8076 {
		y = 8076
	} else if x == 8077 {
		y = 8077
	} else if x == 8078 {
		y = 8078
	} else if x == 8079 {
		y = 8079
	} else if x == 8080 {
		y = 8080
	} else if x == 8081 {
		y = 8081
	} else if x == 8082 {
		y = 8082
	} else if x == 8083 {
		y = 8083
	} else if x == 8084 {
		y = 8084
	} else if x == 8085 {
		y = 8085
	} else if x == 8086 {
		y = 8086
	} else if x == 8087 {
		y = 8087
	} else if x == 8088 {
		y = 8088
	} else if x == 8089 {
		y = 8089
	} else if x == 8090 {
		y = 8090
	} else if x == 8091 {
		y = 8091
	} else if x == 8092 {
		y = 8092
	} else if x == 8093 {
		y = 8093
	} else if x == 8094 {
		y = 8094
	} else if x == 8095 {
		y = 8095
	} else if x == 8096 {
		y = 8096
	} else if x == 8097 {
		y = 8097
	} else if x == 8098 {
		y = 8098
	} else if x == 8099 {
		y = 8099
	} else if x == 8100 {
		y = 8100
	} else if x == 8101 {
		y = 8101
	} else if x == 8102 {
		y = 8102
	} else if x == 8103 {
		y = 8103
	} else if x == 8104 {
		y = 8104
	} else if x == 8105 {
		y = 8105
	} else if x == 8106 {
		y = 8106
	} else if x == 8107 {
		y = 8107
	} else if x == 8108 {
		y = 8108
	} else if x == 8109 {
		y = 8109
	} else if x == 8110 {
		y = 8110
	} else if x == 8111 {
		y = 8111
	} else if x == 8112 {
		y = 8112
	} else if x == 8113 {
		y = 8113
	} else if x == 8114 {
		y = 8114
	} else if x == 8115 {
		y = 8115
	} else if x == 8116 {
		y = 8116
	} else if x == 8117 {
		y = 8117
	} else if x == 8118 {
		y = 8118
	} else if x == 8119 {
		y = 8119
	} else if x == 8120 {
		y = 8120
	} else if x == 8121 {
		y = 8121
	} else if x == 8122 {
		y = 8122
	} else if x == 8123 {
		y = 8123
	} else if x == 8124 {
		y = 8124
	} else if x == 8125 {
		y = 8125
	} else if x == 8126 {
		y = 8126
	} else if x == 8127 {
		y = 8127
	} else if x == 8128 {
		y = 8128
	} else if x == 8129 {
		y = 8129
	} else if x == 8130 {
		y = 8130
	} else if x == 8131 {
		y = 8131
	} else if x == 8132 {
		y = 8132
	} else if x == 8133 {
		y = 8133
	} else if x == 8134 {
		y = 8134
	} else if x == 8135 {
		y = 8135
	} else if x == 8136 {
		y = 8136
	} else if x == 8137 {
		y = 8137
	} else if x == 8138 {
		y = 8138
	} else if x == 8139 {
		y = 8139
	} else if x == 8140 {
		y = 8140
	} else if x == 8141 {
		y = 8141
	} else if x == 8142 {
		y = 8142
	} else if x == 8143 {
		y = 8143
	} else if x == 8144 {
		y = 8144
	} else if x == 8145 {
		y = 8145
	} else if x == 8146 {
		y = 8146
	} else if x == 8147 {
		y = 8147
	} else if x == 8148 {
		y = 8148
	} else if x == 8149 {
		y = 8149
	} else if x == 8150 {
		y = 8150
	} else if x == 8151 {
		y = 8151
	} else if x == 8152 {
		y = 8152
	} else if x == 8153 {
		y = 8153
	} else if x == 8154 {
		y = 8154
	} else if x == 8155 {
		y = 8155
	} else if x == 8156 {
		y = 8156
	} else if x == 8157 {
		y = 8157
	} else if x == 8158 {
		y = 8158
	} else if x == 8159 {
		y = 8159
	} else if x == 8160 {
		y = 8160
	} else if x == 8161 {
		y = 8161
	} else if x == 8162 {
		y = 8162
	} else if x == 8163 {
		y = 8163
	} else if x == 8164 {
		y = 8164
	} else if x == 8165 {
		y = 8165
	} else if x == 8166 {
		y = 8166
	} else if x == 8167 {
		y = 8167
	} else if x == 8168 {
		y = 8168
	} else if x == 8169 {
		y = 8169
	} else if x == 8170 {
		y = 8170
	} else if x == 8171 {
		y = 8171
	} else if x == 8172 {
		y = 8172
	} else if x == 8173 {
		y = 8173
	} else if x == 8174 {
		y = 8174
	} else if x == 8175 {
		y = 8175
	} else if x == 8176 {
		y = 8176
	} else if x == 8177 {
		y = 8177
	} else if x == 8178 {
		y = 8178
	} else if x == 8179 {
		y = 8179
	} else if x == 8180 {
		y = 8180
	} else if x == 8181 {
		y = 8181
	} else if x == 8182 {
		y = 8182
	} else if x == 8183 {
		y = 8183
	} else if x == 8184 {
		y = 8184
	} else if x == 8185 {
		y = 8185
	} else if x == 8186 {
		y = 8186
	} else if x == 8187 {
		y = 8187
	} else if x == 8188 {
		y = 8188
	} else if x == 8189 {
		y = 8189
	} else if x == 8190 {
		y = 8190
	} else if x == 8191 {
		y = 8191
	} else if x == 8192 {
		y = 8192
	} else if x == 8193 {
		y = 8193
	} else if x == 8194 {
		y = 8194
	} else if x == 8195 {
		y = 8195
	} else if x == 8196 {
		y = 8196
	} else if x == 8197 {
		y = 8197
	} else if x == 8198 {
		y = 8198
	} else if x == 8199 {
		y = 8199
	} else if x == 8200 {
		y = 8200
	} else if x == 8201 {
		y = 8201
	} else if x == 8202 {
		y = 8202
	} else if x == 8203 {
		y = 8203
	} else if x == 8204 {
		y = 8204
	} else if x == 8205 {
		y = 8205
	} else if x == 8206 {
		y = 8206
	} else if x == 8207 {
		y = 8207
	} else if x == 8208 {
		y = 8208
	} else if x == 8209 {
		y = 8209
	} else if x == 8210 {
		y = 8210
	} else if x == 8211 {
		y = 8211
	} else if x == 8212 {
		y = 8212
	} else if x == 8213 {
		y = 8213
	} else if x == 8214 {
		y = 8214
	} else if x == 8215 {
		y = 8215
	} else if x == 8216 {
		y = 8216
	} else if x == 8217 {
		y = 8217
	} else if x == 8218 {
		y = 8218
	} else if x == 8219 {
		y = 8219
	} else if x == 8220 {
		y = 8220
	} else if x == 8221 {
		y = 8221
	} else if x == 8222 {
		y = 8222
	} else if x == 8223 {
		y = 8223
	} else if x == 8224 {
		y = 8224
	} else if x == 8225 {
		y = 8225
	} else if x == 8226 {
		y = 8226
	} else if x == 8227 {
		y = 8227
	} else if x == 8228 {
		y = 8228
	} else if x == 8229 {
		y = 8229
	} else if x == 8230 {
		y = 8230
	} else if x == 8231 {
		y = 8231
	} else if x == 8232 {
		y = 8232
	} else if x == 8233 {
		y = 8233
	} else if x == 8234 {
		y = 8234
	} else if x == 8235 {
		y = 8235
	} else if x == 8236 {
		y = 8236
	} else if x == 8237 {
		y = 8237
	} else if x == 8238 {
		y = 8238
	} else if x == 8239 {
		y = 8239
	} else if x == 8240 {
		y = 8240
	} else if x == 8241 {
		y = 8241
	} else if x == 8242 {
		y = 8242
	} else if x == 8243 {
		y = 8243
	} else if x == 8244 {
		y = 8244
	} else if x == 8245 {
		y = 8245
	} else if x == 8246 {
		y = 8246
	} else if x == 8247 {
		y = 8247
	} else if x == 8248 {
		y = 8248
	} else if x == 8249 {
		y = 8249
	} else if x == 8250 {
		y = 8250
	} else if x == 8251 {
		y = 8251
	} else if x == 8252 {
		y = 8252
	} else if x == 8253 {
		y = 8253
	} else if x == 8254 {
		y = 8254
	} else if x == 8255 {
		y = 8255
	} else if x == 8256 {
		y = 8256
	} else if x == 8257 {
		y = 8257
	} else if x == 8258 {
		y = 8258
	} else if x == 8259 {
		y = 8259
	} else if x == 8260 {
		y = 8260
	} else if x == 8261 {
		y = 8261
	} else if x == 8262 {
		y = 8262
	} else if x == 8263 {
		y = 8263
	} else if x == 8264 {
		y = 8264
	} else if x == 8265 {
		y = 8265
	} else if x == 8266 {
		y = 8266
	} else if x == 8267 {
		y = 8267
	} else if x == 8268 {
		y = 8268
	} else if x == 8269 {
		y = 8269
	} else if x == 8270 {
		y = 8270
	} else if x == 8271 {
		y = 8271
	} else if x == 8272 {
		y = 8272
	} else if x == 8273 {
		y = 8273
	} else if x == 8274 {
		y = 8274
	} else if x == 8275 {
		y = 8275
	} else if x == 8276 {
		y = 8276
	} else if x == 8277 {
		y = 8277
	} else if x == 8278 {
		y = 8278
	} else if x == 8279 {
		y = 8279
	} else if x == 8280 {
		y = 8280
	} else if x == 8281 {
		y = 8281
	} else if x == 8282 {
		y = 8282
	} else if x == 8283 {
		y = 8283
	} else if x == 8284 {
		y = 8284
	} else if x == 8285 {
		y = 8285
	} else if x == 8286 {
		y = 8286
	} else if x == 8287 {
		y = 8287
	} else if x == 8288 {
		y = 8288
	} else if x == 8289 {
		y = 8289
	} else if x == 8290 {
		y = 8290
	} else if x == 8291 {
		y = 8291
	} else if x == 8292 {
		y = 8292
	} else if x == 8293 {
		y = 8293
	} else if x == 8294 {
		y = 8294
	} else if x == 8295 {
		y = 8295
	} else if x == 8296 {
		y = 8296
	} else if x == 8297 {
		y = 8297
	} else if x == 8298 {
		y = 8298
	} else if x == 8299 {
		y = 8299
	} else if x == 8300 {
		y = 8300
	} else if x == 8301 {
		y = 8301
	} else if x == 8302 {
		y = 8302
	} else if x == 8303 {
		y = 8303
	} else if x == 8304 {
		y = 8304
	} else if x == 8305 {
		y = 8305
	} else if x == 8306 {
		y = 8306
	} else if x == 8307 {
		y = 8307
	} else if x == 8308 {
		y = 8308
	} else if x == 8309 {
		y = 8309
	} else if x == 8310 {
		y = 8310
	} else if x == 8311 {
		y = 8311
	} else if x == 8312 {
		y = 8312
	} else if x == 8313 {
		y = 8313
	} else if x == 8314 {
		y = 8314
	} else if x == 8315 {
		y = 8315
	} else if x == 8316 {
		y = 8316
	} else if x == 8317 {
		y = 8317
	} else if x == 8318 {
		y = 8318
	} else if x == 8319 {
		y = 8319
	} else if x == 8320 {
		y = 8320
	} else if x == 8321 {
		y = 8321
	} else if x == 8322 {
		y = 8322
	} else if x == 8323 {
		y = 8323
	} else if x == 8324 {
		y = 8324
	} else if x == 8325 {
		y = 8325
	} else if x == 8326 {
		y = 8326
	} else if x == 8327 {
		y = 8327
	} else if x == 8328 {
		y = 8328
	} else if x == 8329 {
		y = 8329
	} else if x == 8330 {
		y = 8330
	} else if x == 8331 {
		y = 8331
	} else if x == 8332 {
		y = 8332
	} else if x == 8333 {
		y = 8333
	} else if x == 8334 {
		y = 8334
	} else if x == 8335 {
		y = 8335
	} else if x == 8336 {
		y = 8336
	} else if x == 8337 {
		y = 8337
	} else if x == 8338 {
		y = 8338
	} else if x == 8339 {
		y = 8339
	} else if x == 8340 {
		y = 8340
	} else if x == 8341 {
		y = 8341
	} else if x == 8342 {
		y = 8342
	} else if x == 8343 {
		y = 8343
	} else if x == 8344 {
		y = 8344
	} else if x == 8345 {
		y = 8345
	} else if x == 8346 {
		y = 8346
	} else if x == 8347 {
		y = 8347
	} else if x == 8348 {
		y = 8348
	} else if x == 8349 {
		y = 8349
	} else if x == 8350 {
		y = 8350
	} else if x == 8351 {
		y = 8351
	} else if x == 8352 {
		y = 8352
	} else if x == 8353 {
		y = 8353
	} else if x == 8354 {
		y = 8354
	} else if x == 8355 {
		y = 8355
	} else if x == 8356 {
		y = 8356
	} else if x == 8357 {
		y = 8357
	} else if x == 8358 {
		y = 8358
	} else if x == 8359 {
		y = 8359
	} else if x == 8360 {
		y = 8360
	} else if x == 8361 {
		y = 8361
	} else if x == 8362 {
		y = 8362
	} else if x == 8363 {
		y = 8363
	} else if x == 8364 {
		y = 8364
	} else if x == 8365 {
		y = 8365
	} else if x == 8366 {
		y = 8366
	} else if x == 8367 {
		y = 8367
	} else if x == 8368 {
		y = 8368
	} else if x == 8369 {
		y = 8369
	} else if x == 8370 {
		y = 8370
	} else if x == 8371 {
		y = 8371
	} else if x == 8372 {
		y = 8372
	} else if x == 8373 {
		y = 8373
	} else if x == 8374 {
		y = 8374
	} else if x == 8375 {
		y = 8375
	} else if x == 8376 {
		y = 8376
	} else if x == 8377 {
		y = 8377
	} else if x == 8378 {
		y = 8378
	} else if x == 8379 {
		y = 8379
	} else if x == 8380 {
		y = 8380
	} else if x == 8381 {
		y = 8381
	} else if x == 8382 {
		y = 8382
	} else if x == 8383 {
		y = 8383
	} else if x == 8384 {
		y = 8384
	} else if x == 8385 {
		y = 8385
	} else if x == 8386 {
		y = 8386
	} else if x == 8387 {
		y = 8387
	} else if x == 8388 {
		y = 8388
	} else if x == 8389 {
		y = 8389
	} else if x == 8390 {
		y = 8390
	} else if x == 8391 {
		y = 8391
	} else if x == 8392 {
		y = 8392
	} else if x == 8393 {
		y = 8393
	} else if x == 8394 {
		y = 8394
	} else if x == 8395 {
		y = 8395
	} else if x == 8396 {
		y = 8396
	} else if x == 8397 {
		y = 8397
	} else if x == 8398 {
		y = 8398
	} else if x == 8399 {
		y = 8399
	} else if x == 8400 {
		y = 8400
	} else if x == 8401 {
		y = 8401
	} else if x == 8402 {
		y = 8402
	} else if x == 8403 {
		y = 8403
	} else if x == 8404 {
		y = 8404
	} else if x == 8405 {
		y = 8405
	} else if x == 8406 {
		y = 8406
	} else if x == 8407 {
		y = 8407
	} else if x == 8408 {
		y = 8408
	} else if x == 8409 {
		y = 8409
	} else if x == 8410 {
		y = 8410
	} else if x == 8411 {
		y = 8411
	} else if x == 8412 {
		y = 8412
	} else if x == 8413 {
		y = 8413
	} else if x == 8414 {
		y = 8414
	} else if x == 8415 {
		y = 8415
	} else if x == 8416 {
		y = 8416
	} else if x == 8417 {
		y = 8417
	} else if x == 8418 {
		y = 8418
	} else if x == 8419 {
		y = 8419
	} else if x == 8420 {
		y = 8420
	} else if x == 8421 {
		y = 8421
	} else if x == 8422 {
		y = 8422
	} else if x == 8423 {
		y = 8423
	} else if x == 8424 {
		y = 8424
	} else if x == 8425 {
		y = 8425
	} else if x == 8426 {
		y = 8426
	} else if x == 8427 {
		y = 8427
	} else if x == 8428 {
		y = 8428
	} else if x == 8429 {
		y = 8429
	} else if x == 8430 {
		y = 8430
	} else if x == 8431 {
		y = 8431
	} else if x == 8432 {
		y = 8432
	} else if x == 8433 {
		y = 8433
	} else if x == 8434 {
		y = 8434
	} else if x == 8435 {
		y = 8435
	} else if x == 8436 {
		y = 8436
	} else if x == 8437 {
		y = 8437
	} else if x == 8438 {
		y = 8438
	} else if x == 8439 {
		y = 8439
	} else if x == 8440 {
		y = 8440
	} else if x == 8441 {
		y = 8441
	} else if x == 8442 {
		y = 8442
	} else if x == 8443 {
		y = 8443
	} else if x == 8444 {
		y = 8444
	} else if x == 8445 {
		y = 8445
	} else if x == 8446 {
		y = 8446
	} else if x == 8447 {
		y = 8447
	} else if x == 8448 {
		y = 8448
	} else if x == 8449 {
		y = 8449
	} else if x == 8450 {
		y = 8450
	} else if x == 8451 {
		y = 8451
	} else if x == 8452 {
		y = 8452
	} else if x == 8453 {
		y = 8453
	} else if x == 8454 {
		y = 8454
	} else if x == 8455 {
		y = 8455
	} else if x == 8456 {
		y = 8456
	} else if x == 8457 {
		y = 8457
	} else if x == 8458 {
		y = 8458
	} else if x == 8459 {
		y = 8459
	} else if x == 8460 {
		y = 8460
	} else if x == 8461 {
		y = 8461
	} else if x == 8462 {
		y = 8462
	} else if x == 8463 {
		y = 8463
	} else if x == 8464 {
		y = 8464
	} else if x == 8465 {
		y = 8465
	} else if x == 8466 {
		y = 8466
	} else if x == 8467 {
		y = 8467
	} else if x == 8468 {
		y = 8468
	} else if x == 8469 {
		y = 8469
	} else if x == 8470 {
		y = 8470
	} else if x == 8471 {
		y = 8471
	} else if x == 8472 {
		y = 8472
	} else if x == 8473 {
		y = 8473
	} else if x == 8474 {
		y = 8474
	} else if x == 8475 {
		y = 8475
	} else if x == 8476 {
		y = 8476
	} else if x == 8477 {
		y = 8477
	} else if x == 8478 {
		y = 8478
	} else if x == 8479 {
		y = 8479
	} else if x == 8480 {
		y = 8480
	} else if x == 8481 {
		y = 8481
	} else if x == 8482 {
		y = 8482
	} else if x == 8483 {
		y = 8483
	} else if x == 8484 {
		y = 8484
	} else if x == 8485 {
		y = 8485
	} else if x == 8486 {
		y = 8486
	} else if x == 8487 {
		y = 8487
	} else if x == 8488 {
		y = 8488
	} else if x == 8489 {
		y = 8489
	} else if x == 8490 {
		y = 8490
	} else if x == 8491 {
		y = 8491
	} else if x == 8492 {
		y = 8492
	} else if x == 8493 {
		y = 8493
	} else if x == 8494 {
		y = 8494
	} else if x == 8495 {
		y = 8495
	} else if x == 8496 {
		y = 8496
	} else if x == 8497 {
		y = 8497
	} else if x == 8498 {
		y = 8498
	} else if x == 8499 {
		y = 8499
	} else if x == 8500 {
		y = 8500
	} else if x == 8501 {
		y = 8501
	} else if x == 8502 {
		y = 8502
	} else if x == 8503 {
		y = 8503
	} else if x == 8504 {
		y = 8504
	} else if x == 8505 {
		y = 8505
	} else if x == 8506 {
		y = 8506
	} else if x == 8507 {
		y = 8507
	} else if x == 8508 {
		y = 8508
	} else if x == 8509 {
		y = 8509
	} else if x == 8510 {
		y = 8510
	} else if x == 8511 {
		y = 8511
	} else if x == 8512 {
		y = 8512
	} else if x == 8513 {
		y = 8513
	} else if x == 8514 {
		y = 8514
	} else if x == 8515 {
		y = 8515
	} else if x == 8516 {
		y = 8516
	} else if x == 8517 {
		y = 8517
	} else if x == 8518 {
		y = 8518
	} else if x == 8519 {
		y = 8519
	} else if x == 8520 {
		y = 8520
	} else if x == 8521 {
		y = 8521
	} else if x == 8522 {
		y = 8522
	} else if x == 8523 {
		y = 8523
	} else if x == 8524 {
		y = 8524
	} else if x == 8525 {
		y = 8525
	} else if x == 8526 {
		y = 8526
	} else if x == 8527 {
		y = 8527
	} else if x == 8528 {
		y = 8528
	} else if x == 8529 {
		y = 8529
	} else if x == 8530 {
		y = 8530
	} else if x == 8531 {
		y = 8531
	} else if x == 8532 {
		y = 8532
	} else if x == 8533 {
		y = 8533
	} else if x == 8534 {
		y = 8534
	} else if x == 8535 {
		y = 8535
	} else if x == 8536 {
		y = 8536
	} else if x == 8537 {
		y = 8537
	} else if x == 8538 {
		y = 8538
	} else if x == 8539 {
		y = 8539
	} else if x == 8540 {
		y = 8540
	} else if x == 8541 {
		y = 8541
	} else if x == 8542 {
		y = 8542
	} else if x == 8543 {
		y = 8543
	} else if x == 8544 {
		y = 8544
	} else if x == 8545 {
		y = 8545
	} else if x == 8546 {
		y = 8546
	} else if x == 8547 {
		y = 8547
	} else if x == 8548 {
		y = 8548
	} else if x == 8549 {
		y = 8549
	} else if x == 8550 {
		y = 8550
	} else if x == 8551 {
		y = 8551
	} else if x == 8552 {
		y = 8552
	} else if x == 8553 {
		y = 8553
	} else if x == 8554 {
		y = 8554
	} else if x == 8555 {
		y = 8555
	} else if x == 8556 {
		y = 8556
	} else if x == 8557 {
		y = 8557
	} else if x == 8558 {
		y = 8558
	} else if x == 8559 {
		y = 8559
	} else if x == 8560 {
		y = 8560
	} else if x == 8561 {
		y = 8561
	} else if x == 8562 {
		y = 8562
	} else if x == 8563 {
		y = 8563
	} else if x == 8564 {
		y = 8564
	} else if x == 8565 {
		y = 8565
	} else if x == 8566 {
		y = 8566
	} else if x == 8567 {
		y = 8567
	} else if x == 8568 {
		y = 8568
	} else if x == 8569 {
		y = 8569
	} else if x == 8570 {
		y = 8570
	} else if x == 8571 {
		y = 8571
	} else if x == 8572 {
		y = 8572
	} else if x == 8573 {
		y = 8573
	} else if x == 8574 {
		y = 8574
	} else if x == 8575 {
		y = 8575
	} else if x == 8576 {
		y = 8576
	} else if x == 8577 {
		y = 8577
	} else if x == 8578 {
		y = 8578
	} else if x == 8579 {
		y = 8579
	} else if x == 8580 {
		y = 8580
	} else if x == 8581 {
		y = 8581
	} else if x == 8582 {
		y = 8582
	} else if x == 8583 {
		y = 8583
	} else if x == 8584 {
		y = 8584
	} else if x == 8585 {
		y = 8585
	} else if x == 8586 {
		y = 8586
	} else if x == 8587 {
		y = 8587
	} else if x == 8588 {
		y = 8588
	} else if x == 8589 {
		y = 8589
	} else if x == 8590 {
		y = 8590
	} else if x == 8591 {
		y = 8591
	} else if x == 8592 {
		y = 8592
	} else if x == 8593 {
		y = 8593
	} else if x == 8594 {
		y = 8594
	} else if x == 8595 {
		y = 8595
	} else if x == 8596 {
		y = 8596
	} else if x == 8597 {
		y = 8597
	} else if x == 8598 {
		y = 8598
	} else if x == 8599 {
		y = 8599
	} else if x == 8600 {
		y = 8600
	} else if x == 8601 {
		y = 8601
	} else if x == 8602 {
		y = 8602
	} else if x == 8603 {
		y = 8603
	} else if x == 8604 {
		y = 8604
	} else if x == 8605 {
		y = 8605
	} else if x == 8606 {
		y = 8606
	} else if x == 8607 {
		y = 8607
	} else if x == 8608 {
		y = 8608
	} else if x == 8609 {
		y = 8609
	} else if x == 8610 {
		y = 8610
	} else if x == 8611 {
		y = 8611
	} else if x == 8612 {
		y = 8612
	} else if x == 8613 {
		y = 8613
	} else if x == 8614 {
		y = 8614
	} else if x == 8615 {
		y = 8615
	} else if x == 8616 {
		y = 8616
	} else if x == 8617 {
		y = 8617
	} else if x == 8618 {
		y = 8618
	} else if x == 8619 {
		y = 8619
	} else if x == 8620 {
		y = 8620
	} else if x == 8621 {
		y = 8621
	} else if x == 8622 {
		y = 8622
	} else if x == 8623 {
		y = 8623
	} else if x == 8624 {
		y = 8624
	} else if x == 8625 {
		y = 8625
	} else if x == 8626 {
		y = 8626
	} else if x == 8627 {
		y = 8627
	} else if x == 8628 {
		y = 8628
	} else if x == 8629 {
		y = 8629
	} else if x == 8630 {
		y = 8630
	} else if x == 8631 {
		y = 8631
	} else if x == 8632 {
		y = 8632
	} else if x == 8633 {
		y = 8633
	} else if x == 8634 {
		y = 8634
	} else if x == 8635 {
		y = 8635
	} else if x == 8636 {
		y = 8636
	} else if x == 8637 {
		y = 8637
	} else if x == 8638 {
		y = 8638
	} else if x == 8639 {
		y = 8639
	} else if x == 8640 {
		y = 8640
	} else if x == 8641 {
		y = 8641
	} else if x == 8642 {
		y = 8642
	} else if x == 8643 {
		y = 8643
	} else if x == 8644 {
		y = 8644
	} else if x == 8645 {
		y = 8645
	} else if x == 8646 {
		y = 8646
	} else if x == 8647 {
		y = 8647
	} else if x == 8648 {
		y = 8648
	} else if x == 8649 {
		y = 8649
	} else if x == 8650 {
		y = 8650
	} else if x == 8651 {
		y = 8651
	} else if x == 8652 {
		y = 8652
	} else if x == 8653 {
		y = 8653
	} else if x == 8654 {
		y = 8654
	} else if x == 8655 {
		y = 8655
	} else if x == 8656 {
		y = 8656
	} else if x == 8657 {
		y = 8657
	} else if x == 8658 {
		y = 8658
	} else if x == 8659 {
		y = 8659
	} else if x == 8660 {
		y = 8660
	} else if x == 8661 {
		y = 8661
	} else if x == 8662 {
		y = 8662
	} else if x == 8663 {
		y = 8663
	} else if x == 8664 {
		y = 8664
	} else if x == 8665 {
		y = 8665
	} else if x == 8666 {
		y = 8666
	} else if x == 8667 {
		y = 8667
	} else if x == 8668 {
		y = 8668
	} else if x == 8669 {
		y = 8669
	} else if x == 8670 {
		y = 8670
	} else if x == 8671 {
		y = 8671
	} else if x == 8672 {
		y = 8672
	} else if x == 8673 {
		y = 8673
	} else if x == 8674 {
		y = 8674
	} else if x == 8675 {
		y = 8675
	} else if x == 8676 {
		y = 8676
	} else if x == 8677 {
		y = 8677
	} else if x == 8678 {
		y = 8678
	} else if x == 8679 {
		y = 8679
	} else if x == 8680 {
		y = 8680
	} else if x == 8681 {
		y = 8681
	} else if x == 8682 {
		y = 8682
	} else if x == 8683 {
		y = 8683
	} else if x == 8684 {
		y = 8684
	} else if x == 8685 {
		y = 8685
	} else if x == 8686 {
		y = 8686
	} else if x == 8687 {
		y = 8687
	} else if x == 8688 {
		y = 8688
	} else if x == 8689 {
		y = 8689
	} else if x == 8690 {
		y = 8690
	} else if x == 8691 {
		y = 8691
	} else if x == 8692 {
		y = 8692
	} else if x == 8693 {
		y = 8693
	} else if x == 8694 {
		y = 8694
	} else if x == 8695 {
		y = 8695
	} else if x == 8696 {
		y = 8696
	} else if x == 8697 {
		y = 8697
	} else if x == 8698 {
		y = 8698
	} else if x == 8699 {
		y = 8699
	} else if x == 8700 {
		y = 8700
	} else if x == 8701 {
		y = 8701
	} else if x == 8702 {
		y = 8702
	} else if x == 8703 {
		y = 8703
	} else if x == 8704 {
		y = 8704
	} else if x == 8705 {
		y = 8705
	} else if x == 8706 {
		y = 8706
	} else if x == 8707 {
		y = 8707
	} else if x == 8708 {
		y = 8708
	} else if x == 8709 {
		y = 8709
	} else if x == 8710 {
		y = 8710
	} else if x == 8711 {
		y = 8711
	} else if x == 8712 {
		y = 8712
	} else if x == 8713 {
		y = 8713
	} else if x == 8714 {
		y = 8714
	} else if x == 8715 {
		y = 8715
	} else if x == 8716 {
		y = 8716
	} else if x == 8717 {
		y = 8717
	} else if x == 8718 {
		y = 8718
	} else if x == 8719 {
		y = 8719
	} else if x == 8720 {
		y = 8720
	} else if x == 8721 {
		y = 8721
	} else if x == 8722 {
		y = 8722
	} else if x == 8723 {
		y = 8723
	} else if x == 8724 {
		y = 8724
	} else if x == 8725 {
		y = 8725
	} else if x == 8726 {
		y = 8726
	} else if x == 8727 {
		y = 8727
	} else if x == 8728 {
		y = 8728
	} else if x == 8729 {
		y = 8729
	} else if x == 8730 {
		y = 8730
	} else if x == 8731 {
		y = 8731
	} else if x == 8732 {
		y = 8732
	} else if x == 8733 {
		y = 8733
	} else if x == 8734 {
		y = 8734
	} else if x == 8735 {
		y = 8735
	} else if x == 8736 {
		y = 8736
	} else if x == 8737 {
		y = 8737
	} else if x == 8738 {
		y = 8738
	} else if x == 8739 {
		y = 8739
	} else if x == 8740 {
		y = 8740
	} else if x == 8741 {
		y = 8741
	} else if x == 8742 {
		y = 8742
	} else if x == 8743 {
		y = 8743
	} else if x == 8744 {
		y = 8744
	} else if x == 8745 {
		y = 8745
	} else if x == 8746 {
		y = 8746
	} else if x == 8747 {
		y = 8747
	} else if x == 8748 {
		y = 8748
	} else if x == 8749 {
		y = 8749
	} else if x == 8750 {
		y = 8750
	} else if x == 8751 {
		y = 8751
	} else if x == 8752 {
		y = 8752
	} else if x == 8753 {
		y = 8753
	} else if x == 8754 {
		y = 8754
	} else if x == 8755 {
		y = 8755
	} else if x == 8756 {
		y = 8756
	} else if x == 8757 {
		y = 8757
	} else if x == 8758 {
		y = 8758
	} else if x == 8759 {
		y = 8759
	} else if x == 8760 {
		y = 8760
	} else if x == 8761 {
		y = 8761
	} else if x == 8762 {
		y = 8762
	} else if x == 8763 {
		y = 8763
	} else if x == 8764 {
		y = 8764
	} else if x == 8765 {
		y = 8765
	} else if x == 8766 {
		y = 8766
	} else if x == 8767 {
		y = 8767
	} else if x == 8768 {
		y = 8768
	} else if x == 8769 {
		y = 8769
	} else if x == 8770 {
		y = 8770
	} else if x == 8771 {
		y = 8771
	} else if x == 8772 {
		y = 8772
	} else if x == 8773 {
		y = 8773
	} else if x == 8774 {
		y = 8774
	} else if x == 8775 {
		y = 8775
	} else if x == 8776 {
		y = 8776
	} else if x == 8777 {
		y = 8777
	} else if x == 8778 {
		y = 8778
	} else if x == 8779 {
		y = 8779
	} else if x == 8780 {
		y = 8780
	} else if x == 8781 {
		y = 8781
	} else if x == 8782 {
		y = 8782
	} else if x == 8783 {
		y = 8783
	} else if x == 8784 {
		y = 8784
	} else if x == 8785 {
		y = 8785
	} else if x == 8786 {
		y = 8786
	} else if x == 8787 {
		y = 8787
	} else if x == 8788 {
		y = 8788
	} else if x == 8789 {
		y = 8789
	} else if x == 8790 {
		y = 8790
	} else if x == 8791 {
		y = 8791
	} else if x == 8792 {
		y = 8792
	} else if x == 8793 {
		y = 8793
	} else if x == 8794 {
		y = 8794
	} else if x == 8795 {
		y = 8795
	} else if x == 8796 {
		y = 8796
	} else if x == 8797 {
		y = 8797
	} else if x == 8798 {
		y = 8798
	} else if x == 8799 {
		y = 8799
	} else if x == 8800 {
		y = 8800
	} else if x == 8801 {
		y = 8801
	} else if x == 8802 {
		y = 8802
	} else if x == 8803 {
		y = 8803
	} else if x == 8804 {
		y = 8804
	} else if x == 8805 {
		y = 8805
	} else if x == 8806 {
		y = 8806
	} else if x == 8807 {
		y = 8807
	} else if x == 8808 {
		y = 8808
	} else if x == 8809 {
		y = 8809
	} else if x == 8810 {
		y = 8810
	} else if x == 8811 {
		y = 8811
	} else if x == 8812 {
		y = 8812
	} else if x == 8813 {
		y = 8813
	} else if x == 8814 {
		y = 8814
	} else if x == 8815 {
		y = 8815
	} else if x == 8816 {
		y = 8816
	} else if x == 8817 {
		y = 8817
	} else if x == 8818 {
		y = 8818
	} else if x == 8819 {
		y = 8819
	} else if x == 8820 {
		y = 8820
	} else if x == 8821 {
		y = 8821
	} else if x == 8822 {
		y = 8822
	} else if x == 8823 {
		y = 8823
	} else if x == 8824 {
		y = 8824
	} else if x == 8825 {
		y = 8825
	} else if x == 8826 {
		y = 8826
	} else if x == 8827 {
		y = 8827
	} else if x == 8828 {
		y = 8828
	} else if x == 8829 {
		y = 8829
	} else if x == 8830 {
		y = 8830
	} else if x == 8831 {
		y = 8831
	} else if x == 8832 {
		y = 8832
	} else if x == 8833 {
		y = 8833
	} else if x == 8834 {
		y = 8834
	} else if x == 8835 {
		y = 8835
	} else if x == 8836 {
		y = 8836
	} else if x == 8837 {
		y = 8837
	} else if x == 8838 {
		y = 8838
	} else if x == 8839 {
		y = 8839
	} else if x == 8840 {
		y = 8840
	} else if x == 8841 {
		y = 8841
	} else if x == 8842 {
		y = 8842
	} else if x == 8843 {
		y = 8843
	} else if x == 8844 {
		y = 8844
	} else if x == 8845 {
		y = 8845
	} else if x == 8846 {
		y = 8846
	} else if x == 8847 {
		y = 8847
	} else if x == 8848 {
		y = 8848
	} else if x == 8849 {
		y = 8849
	} else if x == 8850 {
		y = 8850
	} else if x == 8851 {
		y = 8851
	} else if x == 8852 {
		y = 8852
	} else if x == 8853 {
		y = 8853
	} else if x == 8854 {
		y = 8854
	} else if x == 8855 {
		y = 8855
	} else if x == 8856 {
		y = 8856
	} else if x == 8857 {
		y = 8857
	} else if x == 8858 {
		y = 8858
	} else if x == 8859 {
		y = 8859
	} else if x == 8860 {
		y = 8860
	} else if x == 8861 {
		y = 8861
	} else if x == 8862 {
		y = 8862
	} else if x == 8863 {
		y = 8863
	} else if x == 8864 {
		y = 8864
	} else if x == 8865 {
		y = 8865
	} else if x == 8866 {
		y = 8866
	} else if x == 8867 {
		y = 8867
	} else if x == 8868 {
		y = 8868
	} else if x == 8869 {
		y = 8869
	} else if x == 8870 {
		y = 8870
	} else if x == 8871 {
		y = 8871
	} else if x == 8872 {
		y = 8872
	} else if x == 8873 {
		y = 8873
	} else if x == 8874 {
		y = 8874
	} else if x == 8875 {
		y = 8875
	} else if x == 8876 {
		y = 8876
	} else if x == 8877 {
		y = 8877
	} else if x == 8878 {
		y = 8878
	} else if x == 8879 {
		y = 8879
	} else if x == 8880 {
		y = 8880
	} else if x == 8881 {
		y = 8881
	} else if x == 8882 {
		y = 8882
	} else if x == 8883 {
		y = 8883
	} else if x == 8884 {
		y = 8884
	} else if x == 8885 {
		y = 8885
	} else if x == 8886 {
		y = 8886
	} else if x == 8887 {
		y = 8887
	} else if x == 8888 {
		y = 8888
	} else if x == 8889 {
		y = 8889
	} else if x == 8890 {
		y = 8890
	} else if x == 8891 {
		y = 8891
	} else if x == 8892 {
		y = 8892
	} else if x == 8893 {
		y = 8893
	} else if x == 8894 {
		y = 8894
	} else if x == 8895 {
		y = 8895
	} else if x == 8896 {
		y = 8896
	} else if x == 8897 {
		y = 8897
	} else if x == 8898 {
		y = 8898
	} else if x == 8899 {
		y = 8899
	} else if x == 8900 {
		y = 8900
	} else if x == 8901 {
		y = 8901
	} else if x == 8902 {
		y = 8902
	} else if x == 8903 {
		y = 8903
	} else if x == 8904 {
		y = 8904
	} else if x == 8905 {
		y = 8905
	} else if x == 8906 {
		y = 8906
	} else if x == 8907 {
		y = 8907
	} else if x == 8908 {
		y = 8908
	} else if x == 8909 {
		y = 8909
	} else if x == 8910 {
		y = 8910
	} else if x == 8911 {
		y = 8911
	} else if x == 8912 {
		y = 8912
	} else if x == 8913 {
		y = 8913
	} else if x == 8914 {
		y = 8914
	} else if x == 8915 {
		y = 8915
	} else if x == 8916 {
		y = 8916
	} else if x == 8917 {
		y = 8917
	} else if x == 8918 {
		y = 8918
	} else if x == 8919 {
		y = 8919
	} else if x == 8920 {
		y = 8920
	} else if x == 8921 {
		y = 8921
	} else if x == 8922 {
		y = 8922
	} else if x == 8923 {
		y = 8923
	} else if x == 8924 {
		y = 8924
	} else if x == 8925 {
		y = 8925
	} else if x == 8926 {
		y = 8926
	} else if x == 8927 {
		y = 8927
	} else if x == 8928 {
		y = 8928
	} else if x == 8929 {
		y = 8929
	} else if x == 8930 {
		y = 8930
	} else if x == 8931 {
		y = 8931
	} else if x == 8932 {
		y = 8932
	} else if x == 8933 {
		y = 8933
	} else if x == 8934 {
		y = 8934
	} else if x == 8935 {
		y = 8935
	} else if x == 8936 {
		y = 8936
	} else if x == 8937 {
		y = 8937
	} else if x == 8938 {
		y = 8938
	} else if x == 8939 {
		y = 8939
	} else if x == 8940 {
		y = 8940
	} else if x == 8941 {
		y = 8941
	} else if x == 8942 {
		y = 8942
	} else if x == 8943 {
		y = 8943
	} else if x == 8944 {
		y = 8944
	} else if x == 8945 {
		y = 8945
	} else if x == 8946 {
		y = 8946
	} else if x == 8947 {
		y = 8947
	} else if x == 8948 {
		y = 8948
	} else if x == 8949 {
		y = 8949
	} else if x == 8950 {
		y = 8950
	} else if x == 8951 {
		y = 8951
	} else if x == 8952 {
		y = 8952
	} else if x == 8953 {
		y = 8953
	} else if x == 8954 {
		y = 8954
	} else if x == 8955 {
		y = 8955
	} else if x == 8956 {
		y = 8956
	} else if x == 8957 {
		y = 8957
	} else if x == 8958 {
		y = 8958
	} else if x == 8959 {
		y = 8959
	} else if x == 8960 {
		y = 8960
	} else if x == 8961 {
		y = 8961
	} else if x == 8962 {
		y = 8962
	} else if x == 8963 {
		y = 8963
	} else if x == 8964 {
		y = 8964
	} else if x == 8965 {
		y = 8965
	} else if x == 8966 {
		y = 8966
	} else if x == 8967 {
		y = 8967
	} else if x == 8968 {
		y = 8968
	} else if x == 8969 {
		y = 8969
	} else if x == 8970 {
		y = 8970
	} else if x == 8971 {
		y = 8971
	} else if x == 8972 {
		y = 8972
	} else if x == 8973 {
		y = 8973
	} else if x == 8974 {
		y = 8974
	} else if x == 8975 {
		y = 8975
	} else if x == 8976 {
		y = 8976
	} else if x == 8977 {
		y = 8977
	} else if x == 8978 {
		y = 8978
	} else if x == 8979 {
		y = 8979
	} else if x == 8980 {
		y = 8980
	} else if x == 8981 {
		y = 8981
	} else if x == 8982 {
		y = 8982
	} else if x == 8983 {
		y = 8983
	} else if x == 8984 {
		y = 8984
	} else if x == 8985 {
		y = 8985
	} else if x == 8986 {
		y = 8986
	} else if x == 8987 {
		y = 8987
	} else if x == 8988 {
		y = 8988
	} else if x == 8989 {
		y = 8989
	} else if x == 8990 {
		y = 8990
	} else if x == 8991 {
		y = 8991
	} else if x == 8992 {
		y = 8992
	} else if x == 8993 {
		y = 8993
	} else if x == 8994 {
		y = 8994
	} else if x == 8995 {
		y = 8995
	} else if x == 8996 {
		y = 8996
	} else if x == 8997 {
		y = 8997
	} else if x == 8998 {
		y = 8998
	} else if x == 8999 {
		y = 8999
	} else if x == 9000 {
		y = 9000
	} else if x == 9001 {
		y = 9001
	} else if x == 9002 {
		y = 9002
	} else if x == 9003 {
		y = 9003
	} else if x == 9004 {
		y = 9004
	} else if x == 9005 {
		y = 9005
	} else if x == 9006 {
		y = 9006
	} else if x == 9007 {
		y = 9007
	} else if x == 9008 {
		y = 9008
	} else if x == 9009 {
		y = 9009
	} else if x == 9010 {
		y = 9010
	} else if x == 9011 {
		y = 9011
	} else if x == 9012 {
		y = 9012
	} else if x == 9013 {
		y = 9013
	} else if x == 9014 {
		y = 9014
	} else if x == 9015 {
		y = 9015
	} else if x == 9016 {
		y = 9016
	} else if x == 9017 {
		y = 9017
	} else if x == 9018 {
		y = 9018
	} else if x == 9019 {
		y = 9019
	} else if x == 9020 {
		y = 9020
	} else if x == 9021 {
		y = 9021
	} else if x == 9022 {
		y = 9022
	} else if x == 9023 {
		y = 9023
	} else if x == 9024 {
		y = 9024
	} else if x == 9025 {
		y = 9025
	} else if x == 9026 {
		y = 9026
	} else if x == 9027 {
		y = 9027
	} else if x == 9028 {
		y = 9028
	} else if x == 9029 {
		y = 9029
	} else if x == 9030 {
		y = 9030
	} else if x == 9031 {
		y = 9031
	} else if x == 9032 {
		y = 9032
	} else if x == 9033 {
		y = 9033
	} else if x == 9034 {
		y = 9034
	} else if x == 9035 {
		y = 9035
	} else if x == 9036 {
		y = 9036
	} else if x == 9037 {
		y = 9037
	} else if x == 9038 {
		y = 9038
	} else if x == 9039 {
		y = 9039
	} else if x == 9040 {
		y = 9040
	} else if x == 9041 {
		y = 9041
	} else if x == 9042 {
		y = 9042
	} else if x == 9043 {
		y = 9043
	} else if x == 9044 {
		y = 9044
	} else if x == 9045 {
		y = 9045
	} else if x == 9046 {
		y = 9046
	} else if x == 9047 {
		y = 9047
	} else if x == 9048 {
		y = 9048
	} else if x == 9049 {
		y = 9049
	} else if x == 9050 {
		y = 9050
	} else if x == 9051 {
		y = 9051
	} else if x == 9052 {
		y = 9052
	} else if x == 9053 {
		y = 9053
	} else if x == 9054 {
		y = 9054
	} else if x == 9055 {
		y = 9055
	} else if x == 9056 {
		y = 9056
	} else if x == 9057 {
		y = 9057
	} else if x == 9058 {
		y = 9058
	} else if x == 9059 {
		y = 9059
	} else if x == 9060 {
		y = 9060
	} else if x == 9061 {
		y = 9061
	} else if x == 9062 {
		y = 9062
	} else if x == 9063 {
		y = 9063
	} else if x == 9064 {
		y = 9064
	} else if x == 9065 {
		y = 9065
	} else if x == 9066 {
		y = 9066
	} else if x == 9067 {
		y = 9067
	} else if x == 9068 {
		y = 9068
	} else if x == 9069 {
		y = 9069
	} else if x == 9070 {
		y = 9070
	} else if x == 9071 {
		y = 9071
	} else if x == 9072 {
		y = 9072
	} else if x == 9073 {
		y = 9073
	} else if x == 9074 {
		y = 9074
	} else if x == 9075 {
		y = 9075
	} else if x == 9076 {
		y = 9076
	} else if x == 9077 {
		y = 9077
	} else if x == 9078 {
		y = 9078
	} else if x == 9079 {
		y = 9079
	} else if x == 9080 {
		y = 9080
	} else if x == 9081 {
		y = 9081
	} else if x == 9082 {
		y = 9082
	} else if x == 9083 {
		y = 9083
	} else if x == 9084 {
		y = 9084
	} else if x == 9085 {
		y = 9085
	} else if x == 9086 {
		y = 9086
	} else if x == 9087 {
		y = 9087
	} else if x == 9088 {
		y = 9088
	} else if x == 9089 {
		y = 9089
	} else if x == 9090 {
		y = 9090
	} else if x == 9091 {
		y = 9091
	} else if x == 9092 {
		y = 9092
	} else if x == 9093 {
		y = 9093
	} else if x == 9094 {
		y = 9094
	} else if x == 9095 {
		y = 9095
	} else if x == 9096 {
		y = 9096
	} else if x == 9097 {
		y = 9097
	} else if x == 9098 {
		y = 9098
	} else if x == 9099 {
		y = 9099
	} else if x == 9100 {
		y = 9100
	} else if x == 9101 {
		y = 9101
	} else if x == 9102 {
		y = 9102
	} else if x == 9103 {
		y = 9103
	} else if x == 9104 {
		y = 9104
	} else if x == 9105 {
		y = 9105
	} else if x == 9106 {
		y = 9106
	} else if x == 9107 {
		y = 9107
	} else if x == 9108 {
		y = 9108
	} else if x == 9109 {
		y = 9109
	} else if x == 9110 {
		y = 9110
	} else if x == 9111 {
		y = 9111
	} else if x == 9112 {
		y = 9112
	} else if x == 9113 {
		y = 9113
	} else if x == 9114 {
		y = 9114
	} else if x == 9115 {
		y = 9115
	} else if x == 9116 {
		y = 9116
	} else if x == 9117 {
		y = 9117
	} else if x == 9118 {
		y = 9118
	} else if x == 9119 {
		y = 9119
	} else if x == 9120 {
		y = 9120
	} else if x == 9121 {
		y = 9121
	} else if x == 9122 {
		y = 9122
	} else if x == 9123 {
		y = 9123
	} else if x == 9124 {
		y = 9124
	} else if x == 9125 {
		y = 9125
	} else if x == 9126 {
		y = 9126
	} else if x == 9127 {
		y = 9127
	} else if x == 9128 {
		y = 9128
	} else if x == 9129 {
		y = 9129
	} else if x == 9130 {
		y = 9130
	} else if x == 9131 {
		y = 9131
	} else if x == 9132 {
		y = 9132
	} else if x == 9133 {
		y = 9133
	} else if x == 9134 {
		y = 9134
	} else if x == 9135 {
		y = 9135
	} else if x == 9136 {
		y = 9136
	} else if x == 9137 {
		y = 9137
	} else if x == 9138 {
		y = 9138
	} else if x == 9139 {
		y = 9139
	} else if x == 9140 {
		y = 9140
	} else if x == 9141 {
		y = 9141
	} else if x == 9142 {
		y = 9142
	} else if x == 9143 {
		y = 9143
	} else if x == 9144 {
		y = 9144
	} else if x == 9145 {
		y = 9145
	} else if x == 9146 {
		y = 9146
	} else if x == 9147 {
		y = 9147
	} else if x == 9148 {
		y = 9148
	} else if x == 9149 {
		y = 9149
	} else if x == 9150 {
		y = 9150
	} else if x == 9151 {
		y = 9151
	} else if x == 9152 {
		y = 9152
	} else if x == 9153 {
		y = 9153
	} else if x == 9154 {
		y = 9154
	} else if x == 9155 {
		y = 9155
	} else if x == 9156 {
		y = 9156
	} else if x == 9157 {
		y = 9157
	} else if x == 9158 {
		y = 9158
	} else if x == 9159 {
		y = 9159
	} else if x == 9160 {
		y = 9160
	} else if x == 9161 {
		y = 9161
	} else if x == 9162 {
		y = 9162
	} else if x == 9163 {
		y = 9163
	} else if x == 9164 {
		y = 9164
	} else if x == 9165 {
		y = 9165
	} else if x == 9166 {
		y = 9166
	} else if x == 9167 {
		y = 9167
	} else if x == 9168 {
		y = 9168
	} else if x == 9169 {
		y = 9169
	} else if x == 9170 {
		y = 9170
	} else if x == 9171 {
		y = 9171
	} else if x == 9172 {
		y = 9172
	} else if x == 9173 {
		y = 9173
	} else if x == 9174 {
		y = 9174
	} else if x == 9175 {
		y = 9175
	} else if x == 9176 {
		y = 9176
	} else if x == 9177 {
		y = 9177
	} else if x == 9178 {
		y = 9178
	} else if x == 9179 {
		y = 9179
	} else if x == 9180 {
		y = 9180
	} else if x == 9181 {
		y = 9181
	} else if x == 9182 {
		y = 9182
	} else if x == 9183 {
		y = 9183
	} else if x == 9184 {
		y = 9184
	} else if x == 9185 {
		y = 9185
	} else if x == 9186 {
		y = 9186
	} else if x == 9187 {
		y = 9187
	} else if x == 9188 {
		y = 9188
	} else if x == 9189 {
		y = 9189
	} else if x == 9190 {
		y = 9190
	} else if x == 9191 {
		y = 9191
	} else if x == 9192 {
		y = 9192
	} else if x == 9193 {
		y = 9193
	} else if x == 9194 {
		y = 9194
	} else if x == 9195 {
		y = 9195
	} else if x == 9196 {
		y = 9196
	} else if x == 9197 {
		y = 9197
	} else if x == 9198 {
		y = 9198
	} else if x == 9199 {
		y = 9199
	} else if x == 9200 {
		y = 9200
	} else if x == 9201 {
		y = 9201
	} else if x == 9202 {
		y = 9202
	} else if x == 9203 {
		y = 9203
	} else if x == 9204 {
		y = 9204
	} else if x == 9205 {
		y = 9205
	} else if x == 9206 {
		y = 9206
	} else if x == 9207 {
		y = 9207
	} else if x == 9208 {
		y = 9208
	} else if x == 9209 {
		y = 9209
	} else if x == 9210 {
		y = 9210
	} else if x == 9211 {
		y = 9211
	} else if x == 9212 {
		y = 9212
	} else if x == 9213 {
		y = 9213
	} else if x == 9214 {
		y = 9214
	} else if x == 9215 {
		y = 9215
	} else if x == 9216 {
		y = 9216
	} else if x == 9217 {
		y = 9217
	} else if x == 9218 {
		y = 9218
	} else if x == 9219 {
		y = 9219
	} else if x == 9220 {
		y = 9220
	} else if x == 9221 {
		y = 9221
	} else if x == 9222 {
		y = 9222
	} else if x == 9223 {
		y = 9223
	} else if x == 9224 {
		y = 9224
	} else if x == 9225 {
		y = 9225
	} else if x == 9226 {
		y = 9226
	} else if x == 9227 {
		y = 9227
	} else if x == 9228 {
		y = 9228
	} else if x == 9229 {
		y = 9229
	} else if x == 9230 {
		y = 9230
	} else if x == 9231 {
		y = 9231
	} else if x == 9232 {
		y = 9232
	} else if x == 9233 {
		y = 9233
	} else if x == 9234 {
		y = 9234
	} else if x == 9235 {
		y = 9235
	} else if x == 9236 {
		y = 9236
	} else if x == 9237 {
		y = 9237
	} else if x == 9238 {
		y = 9238
	} else if x == 9239 {
		y = 9239
	} else if x == 9240 {
		y = 9240
	} else if x == 9241 {
		y = 9241
	} else if x == 9242 {
		y = 9242
	} else if x == 9243 {
		y = 9243
	} else if x == 9244 {
		y = 9244
	} else if x == 9245 {
		y = 9245
	} else if x == 9246 {
		y = 9246
	} else if x == 9247 {
		y = 9247
	} else if x == 9248 {
		y = 9248
	} else if x == 9249 {
		y = 9249
	} else if x == 9250 {
		y = 9250
	} else if x == 9251 {
		y = 9251
	} else if x == 9252 {
		y = 9252
	} else if x == 9253 {
		y = 9253
	} else if x == 9254 {
		y = 9254
	} else if x == 9255 {
		y = 9255
	} else if x == 9256 {
		y = 9256
	} else if x == 9257 {
		y = 9257
	} else if x == 9258 {
		y = 9258
	} else if x == 9259 {
		y = 9259
	} else if x == 9260 {
		y = 9260
	} else if x == 9261 {
		y = 9261
	} else if x == 9262 {
		y = 9262
	} else if x == 9263 {
		y = 9263
	} else if x == 9264 {
		y = 9264
	} else if x == 9265 {
		y = 9265
	} else if x == 9266 {
		y = 9266
	} else if x == 9267 {
		y = 9267
	} else if x == 9268 {
		y = 9268
	} else if x == 9269 {
		y = 9269
	} else if x == 9270 {
		y = 9270
	} else if x == 9271 {
		y = 9271
	} else if x == 9272 {
		y = 9272
	} else if x == 9273 {
		y = 9273
	} else if x == 9274 {
		y = 9274
	} else if x == 9275 {
		y = 9275
	} else if x == 9276 {
		y = 9276
	} else if x == 9277 {
		y = 9277
	} else if x == 9278 {
		y = 9278
	} else if x == 9279 {
		y = 9279
	} else if x == 9280 {
		y = 9280
	} else if x == 9281 {
		y = 9281
	} else if x == 9282 {
		y = 9282
	} else if x == 9283 {
		y = 9283
	} else if x == 9284 {
		y = 9284
	} else if x == 9285 {
		y = 9285
	} else if x == 9286 {
		y = 9286
	} else if x == 9287 {
		y = 9287
	} else if x == 9288 {
		y = 9288
	} else if x == 9289 {
		y = 9289
	} else if x == 9290 {
		y = 9290
	} else if x == 9291 {
		y = 9291
	} else if x == 9292 {
		y = 9292
	} else if x == 9293 {
		y = 9293
	} else if x == 9294 {
		y = 9294
	} else if x == 9295 {
		y = 9295
	} else if x == 9296 {
		y = 9296
	} else if x == 9297 {
		y = 9297
	} else if x == 9298 {
		y = 9298
	} else if x == 9299 {
		y = 9299
	} else if x == 9300 {
		y = 9300
	} else if x == 9301 {
		y = 9301
	} else if x == 9302 {
		y = 9302
	} else if x == 9303 {
		y = 9303
	} else if x == 9304 {
		y = 9304
	} else if x == 9305 {
		y = 9305
	} else if x == 9306 {
		y = 9306
	} else if x == 9307 {
		y = 9307
	} else if x == 9308 {
		y = 9308
	} else if x == 9309 {
		y = 9309
	} else if x == 9310 {
		y = 9310
	} else if x == 9311 {
		y = 9311
	} else if x == 9312 {
		y = 9312
	} else if x == 9313 {
		y = 9313
	} else if x == 9314 {
		y = 9314
	} else if x == 9315 {
		y = 9315
	} else if x == 9316 {
		y = 9316
	} else if x == 9317 {
		y = 9317
	} else if x == 9318 {
		y = 9318
	} else if x == 9319 {
		y = 9319
	} else if x == 9320 {
		y = 9320
	} else if x == 9321 {
		y = 9321
	} else if x == 9322 {
		y = 9322
	} else if x == 9323 {
		y = 9323
	} else if x == 9324 {
		y = 9324
	} else if x == 9325 {
		y = 9325
	} else if x == 9326 {
		y = 9326
	} else if x == 9327 {
		y = 9327
	} else if x == 9328 {
		y = 9328
	} else if x == 9329 {
		y = 9329
	} else if x == 9330 {
		y = 9330
	} else if x == 9331 {
		y = 9331
	} else if x == 9332 {
		y = 9332
	} else if x == 9333 {
		y = 9333
	} else if x == 9334 {
		y = 9334
	} else if x == 9335 {
		y = 9335
	} else if x == 9336 {
		y = 9336
	} else if x == 9337 {
		y = 9337
	} else if x == 9338 {
		y = 9338
	} else if x == 9339 {
		y = 9339
	} else if x == 9340 {
		y = 9340
	} else if x == 9341 {
		y = 9341
	} else if x == 9342 {
		y = 9342
	} else if x == 9343 {
		y = 9343
	} else if x == 9344 {
		y = 9344
	} else if x == 9345 {
		y = 9345
	} else if x == 9346 {
		y = 9346
	} else if x == 9347 {
		y = 9347
	} else if x == 9348 {
		y = 9348
	} else if x == 9349 {
		y = 9349
	} else if x == 9350 {
		y = 9350
	} else if x == 9351 {
		y = 9351
	} else if x == 9352 {
		y = 9352
	} else if x == 9353 {
		y = 9353
	} else if x == 9354 {
		y = 9354
	} else if x == 9355 {
		y = 9355
	} else if x == 9356 {
		y = 9356
	} else if x == 9357 {
		y = 9357
	} else if x == 9358 {
		y = 9358
	} else if x == 9359 {
		y = 9359
	} else if x == 9360 {
		y = 9360
	} else if x == 9361 {
		y = 9361
	} else if x == 9362 {
		y = 9362
	} else if x == 9363 {
		y = 9363
	} else if x == 9364 {
		y = 9364
	} else if x == 9365 {
		y = 9365
	} else if x == 9366 {
		y = 9366
	} else if x == 9367 {
		y = 9367
	} else if x == 9368 {
		y = 9368
	} else if x == 9369 {
		y = 9369
	} else if x == 9370 {
		y = 9370
	} else if x == 9371 {
		y = 9371
	} else if x == 9372 {
		y = 9372
	} else if x == 9373 {
		y = 9373
	} else if x == 9374 {
		y = 9374
	} else if x == 9375 {
		y = 9375
	} else if x == 9376 {
		y = 9376
	} else if x == 9377 {
		y = 9377
	} else if x == 9378 {
		y = 9378
	} else if x == 9379 {
		y = 9379
	} else if x == 9380 {
		y = 9380
	} else if x == 9381 {
		y = 9381
	} else if x == 9382 {
		y = 9382
	} else if x == 9383 {
		y = 9383
	} else if x == 9384 {
		y = 9384
	} else if x == 9385 {
		y = 9385
	} else if x == 9386 {
		y = 9386
	} else if x == 9387 {
		y = 9387
	} else if x == 9388 {
		y = 9388
	} else if x == 9389 {
		y = 9389
	} else if x == 9390 {
		y = 9390
	} else if x == 9391 {
		y = 9391
	} else if x == 9392 {
		y = 9392
	} else if x == 9393 {
		y = 9393
	} else if x == 9394 {
		y = 9394
	} else if x == 9395 {
		y = 9395
	} else if x == 9396 {
		y = 9396
	} else if x == 9397 {
		y = 9397
	} else if x == 9398 {
		y = 9398
	} else if x == 9399 {
		y = 9399
	} else if x == 9400 {
		y = 9400
	} else if x == 9401 {
		y = 9401
	} else if x == 9402 {
		y = 9402
	} else if x == 9403 {
		y = 9403
	} else if x == 9404 {
		y = 9404
	} else if x == 9405 {
		y = 9405
	} else if x == 9406 {
		y = 9406
	} else if x == 9407 {
		y = 9407
	} else if x == 9408 {
		y = 9408
	} else if x == 9409 {
		y = 9409
	} else if x == 9410 {
		y = 9410
	} else if x == 9411 {
		y = 9411
	} else if x == 9412 {
		y = 9412
	} else if x == 9413 {
		y = 9413
	} else if x == 9414 {
		y = 9414
	} else if x == 9415 {
		y = 9415
	} else if x == 9416 {
		y = 9416
	} else if x == 9417 {
		y = 9417
	} else if x == 9418 {
		y = 9418
	} else if x == 9419 {
		y = 9419
	} else if x == 9420 {
		y = 9420
	} else if x == 9421 {
		y = 9421
	} else if x == 9422 {
		y = 9422
	} else if x == 9423 {
		y = 9423
	} else if x == 9424 {
		y = 9424
	} else if x == 9425 {
		y = 9425
	} else if x == 9426 {
		y = 9426
	} else if x == 9427 {
		y = 9427
	} else if x == 9428 {
		y = 9428
	} else if x == 9429 {
		y = 9429
	} else if x == 9430 {
		y = 9430
	} else if x == 9431 {
		y = 9431
	} else if x == 9432 {
		y = 9432
	} else if x == 9433 {
		y = 9433
	} else if x == 9434 {
		y = 9434
	} else if x == 9435 {
		y = 9435
	} else if x == 9436 {
		y = 9436
	} else if x == 9437 {
		y = 9437
	} else if x == 9438 {
		y = 9438
	} else if x == 9439 {
		y = 9439
	} else if x == 9440 {
		y = 9440
	} else if x == 9441 {
		y = 9441
	} else if x == 9442 {
		y = 9442
	} else if x == 9443 {
		y = 9443
	} else if x == 9444 {
		y = 9444
	} else if x == 9445 {
		y = 9445
	} else if x == 9446 {
		y = 9446
	} else if x == 9447 {
		y = 9447
	} else if x == 9448 {
		y = 9448
	} else if x == 9449 {
		y = 9449
	} else if x == 9450 {
		y = 9450
	} else if x == 9451 {
		y = 9451
	} else if x == 9452 {
		y = 9452
	} else if x == 9453 {
		y = 9453
	} else if x == 9454 {
		y = 9454
	} else if x == 9455 {
		y = 9455
	} else if x == 9456 {
		y = 9456
	} else if x == 9457 {
		y = 9457
	} else if x == 9458 {
		y = 9458
	} else if x == 9459 {
		y = 9459
	} else if x == 9460 {
		y = 9460
	} else if x == 9461 {
		y = 9461
	} else if x == 9462 {
		y = 9462
	} else if x == 9463 {
		y = 9463
	} else if x == 9464 {
		y = 9464
	} else if x == 9465 {
		y = 9465
	} else if x == 9466 {
		y = 9466
	} else if x == 9467 {
		y = 9467
	} else if x == 9468 {
		y = 9468
	} else if x == 9469 {
		y = 9469
	} else if x == 9470 {
		y = 9470
	} else if x == 9471 {
		y = 9471
	} else if x == 9472 {
		y = 9472
	} else if x == 9473 {
		y = 9473
	} else if x == 9474 {
		y = 9474
	} else if x == 9475 {
		y = 9475
	} else if x == 9476 {
		y = 9476
	} else if x == 9477 {
		y = 9477
	} else if x == 9478 {
		y = 9478
	} else if x == 9479 {
		y = 9479
	} else if x == 9480 {
		y = 9480
	} else if x == 9481 {
		y = 9481
	} else if x == 9482 {
		y = 9482
	} else if x == 9483 {
		y = 9483
	} else if x == 9484 {
		y = 9484
	} else if x == 9485 {
		y = 9485
	} else if x == 9486 {
		y = 9486
	} else if x == 9487 {
		y = 9487
	} else if x == 9488 {
		y = 9488
	} else if x == 9489 {
		y = 9489
	} else if x == 9490 {
		y = 9490
	} else if x == 9491 {
		y = 9491
	} else if x == 9492 {
		y = 9492
	} else if x == 9493 {
		y = 9493
	} else if x == 9494 {
		y = 9494
	} else if x == 9495 {
		y = 9495
	} else if x == 9496 {
		y = 9496
	} else if x == 9497 {
		y = 9497
	} else if x == 9498 {
		y = 9498
	} else if x == 9499 {
		y = 9499
	} else if x == 9500 {
		y = 9500
	} else if x == 9501 {
		y = 9501
	} else if x == 9502 {
		y = 9502
	} else if x == 9503 {
		y = 9503
	} else if x == 9504 {
		y = 9504
	} else if x == 9505 {
		y = 9505
	} else if x == 9506 {
		y = 9506
	} else if x == 9507 {
		y = 9507
	} else if x == 9508 {
		y = 9508
	} else if x == 9509 {
		y = 9509
	} else if x == 9510 {
		y = 9510
	} else if x == 9511 {
		y = 9511
	} else if x == 9512 {
		y = 9512
	} else if x == 9513 {
		y = 9513
	} else if x == 9514 {
		y = 9514
	} else if x == 9515 {
		y = 9515
	} else if x == 9516 {
		y = 9516
	} else if x == 9517 {
		y = 9517
	} else if x == 9518 {
		y = 9518
	} else if x == 9519 {
		y = 9519
	} else if x == 9520 {
		y = 9520
	} else if x == 9521 {
		y = 9521
	} else if x == 9522 {
		y = 9522
	} else if x == 9523 {
		y = 9523
	} else if x == 9524 {
		y = 9524
	} else if x == 9525 {
		y = 9525
	} else if x == 9526 {
		y = 9526
	} else if x == 9527 {
		y = 9527
	} else if x == 9528 {
		y = 9528
	} else if x == 9529 {
		y = 9529
	} else if x == 9530 {
		y = 9530
	} else if x == 9531 {
		y = 9531
	} else if x == 9532 {
		y = 9532
	} else if x == 9533 {
		y = 9533
	} else if x == 9534 {
		y = 9534
	} else if x == 9535 {
		y = 9535
	} else if x == 9536 {
		y = 9536
	} else if x == 9537 {
		y = 9537
	} else if x == 9538 {
		y = 9538
	} else if x == 9539 {
		y = 9539
	} else if x == 9540 {
		y = 9540
	} else if x == 9541 {
		y = 9541
	} else if x == 9542 {
		y = 9542
	} else if x == 9543 {
		y = 9543
	} else if x == 9544 {
		y = 9544
	} else if x == 9545 {
		y = 9545
	} else if x == 9546 {
		y = 9546
	} else if x == 9547 {
		y = 9547
	} else if x == 9548 {
		y = 9548
	} else if x == 9549 {
		y = 9549
	} else if x == 9550 {
		y = 9550
	} else if x == 9551 {
		y = 9551
	} else if x == 9552 {
		y = 9552
	} else if x == 9553 {
		y = 9553
	} else if x == 9554 {
		y = 9554
	} else if x == 9555 {
		y = 9555
	} else if x == 9556 {
		y = 9556
	} else if x == 9557 {
		y = 9557
	} else if x == 9558 {
		y = 9558
	} else if x == 9559 {
		y = 9559
	} else if x == 9560 {
		y = 9560
	} else if x == 9561 {
		y = 9561
	} else if x == 9562 {
		y = 9562
	} else if x == 9563 {
		y = 9563
	} else if x == 9564 {
		y = 9564
	} else if x == 9565 {
		y = 9565
	} else if x == 9566 {
		y = 9566
	} else if x == 9567 {
		y = 9567
	} else if x == 9568 {
		y = 9568
	} else if x == 9569 {
		y = 9569
	} else if x == 9570 {
		y = 9570
	} else if x == 9571 {
		y = 9571
	} else if x == 9572 {
		y = 9572
	} else if x == 9573 {
		y = 9573
	} else if x == 9574 {
		y = 9574
	} else if x == 9575 {
		y = 9575
	} else if x == 9576 {
		y = 9576
	} else if x == 9577 {
		y = 9577
	} else if x == 9578 {
		y = 9578
	} else if x == 9579 {
		y = 9579
	} else if x == 9580 {
		y = 9580
	} else if x == 9581 {
		y = 9581
	} else if x == 9582 {
		y = 9582
	} else if x == 9583 {
		y = 9583
	} else if x == 9584 {
		y = 9584
	} else if x == 9585 {
		y = 9585
	} else if x == 9586 {
		y = 9586
	} else if x == 9587 {
		y = 9587
	} else if x == 9588 {
		y = 9588
	} else if x == 9589 {
		y = 9589
	} else if x == 9590 {
		y = 9590
	} else if x == 9591 {
		y = 9591
	} else if x == 9592 {
		y = 9592
	} else if x == 9593 {
		y = 9593
	} else if x == 9594 {
		y = 9594
	} else if x == 9595 {
		y = 9595
	} else if x == 9596 {
		y = 9596
	} else if x == 9597 {
		y = 9597
	} else if x == 9598 {
		y = 9598
	} else if x == 9599 {
		y = 9599
	} else if x == 9600 {
		y = 9600
	} else if x == 9601 {
		y = 9601
	} else if x == 9602 {
		y = 9602
	} else if x == 9603 {
		y = 9603
	} else if x == 9604 {
		y = 9604
	} else if x == 9605 {
		y = 9605
	} else if x == 9606 {
		y = 9606
	} else if x == 9607 {
		y = 9607
	} else if x == 9608 {
		y = 9608
	} else if x == 9609 {
		y = 9609
	} else if x == 9610 {
		y = 9610
	} else if x == 9611 {
		y = 9611
	} else if x == 9612 {
		y = 9612
	} else if x == 9613 {
		y = 9613
	} else if x == 9614 {
		y = 9614
	} else if x == 9615 {
		y = 9615
	} else if x == 9616 {
		y = 9616
	} else if x == 9617 {
		y = 9617
	} else if x == 9618 {
		y = 9618
	} else if x == 9619 {
		y = 9619
	} else if x == 9620 {
		y = 9620
	} else if x == 9621 {
		y = 9621
	} else if x == 9622 {
		y = 9622
	} else if x == 9623 {
		y = 9623
	} else if x == 9624 {
		y = 9624
	} else if x == 9625 {
		y = 9625
	} else if x == 9626 {
		y = 9626
	} else if x == 9627 {
		y = 9627
	} else if x == 9628 {
		y = 9628
	} else if x == 9629 {
		y = 9629
	} else if x == 9630 {
		y = 9630
	} else if x == 9631 {
		y = 9631
	} else if x == 9632 {
		y = 9632
	} else if x == 9633 {
		y = 9633
	} else if x == 9634 {
		y = 9634
	} else if x == 9635 {
		y = 9635
	} else if x == 9636 {
		y = 9636
	} else if x == 9637 {
		y = 9637
	} else if x == 9638 {
		y = 9638
	} else if x == 9639 {
		y = 9639
	} else if x == 9640 {
		y = 9640
	} else if x == 9641 {
		y = 9641
	} else if x == 9642 {
		y = 9642
	} else if x == 9643 {
		y = 9643
	} else if x == 9644 {
		y = 9644
	} else if x == 9645 {
		y = 9645
	} else if x == 9646 {
		y = 9646
	} else if x == 9647 {
		y = 9647
	} else if x == 9648 {
		y = 9648
	} else if x == 9649 {
		y = 9649
	} else if x == 9650 {
		y = 9650
	} else if x == 9651 {
		y = 9651
	} else if x == 9652 {
		y = 9652
	} else if x == 9653 {
		y = 9653
	} else if x == 9654 {
		y = 9654
	} else if x == 9655 {
		y = 9655
	} else if x == 9656 {
		y = 9656
	} else if x == 9657 {
		y = 9657
	} else if x == 9658 {
		y = 9658
	} else if x == 9659 {
		y = 9659
	} else if x == 9660 {
		y = 9660
	} else if x == 9661 {
		y = 9661
	} else if x == 9662 {
		y = 9662
	} else if x == 9663 {
		y = 9663
	} else if x == 9664 {
		y = 9664
	} else if x == 9665 {
		y = 9665
	} else if x == 9666 {
		y = 9666
	} else if x == 9667 {
		y = 9667
	} else if x == 9668 {
		y = 9668
	} else if x == 9669 {
		y = 9669
	} else if x == 9670 {
		y = 9670
	} else if x == 9671 {
		y = 9671
	} else if x == 9672 {
		y = 9672
	} else if x == 9673 {
		y = 9673
	} else if x == 9674 {
		y = 9674
	} else if x == 9675 {
		y = 9675
	} else if x == 9676 {
		y = 9676
	} else if x == 9677 {
		y = 9677
	} else if x == 9678 {
		y = 9678
	} else if x == 9679 {
		y = 9679
	} else if x == 9680 {
		y = 9680
	} else if x == 9681 {
		y = 9681
	} else if x == 9682 {
		y = 9682
	} else if x == 9683 {
		y = 9683
	} else if x == 9684 {
		y = 9684
	} else if x == 9685 {
		y = 9685
	} else if x == 9686 {
		y = 9686
	} else if x == 9687 {
		y = 9687
	} else if x == 9688 {
		y = 9688
	} else if x == 9689 {
		y = 9689
	} else if x == 9690 {
		y = 9690
	} else if x == 9691 {
		y = 9691
	} else if x == 9692 {
		y = 9692
	} else if x == 9693 {
		y = 9693
	} else if x == 9694 {
		y = 9694
	} else if x == 9695 {
		y = 9695
	} else if x == 9696 {
		y = 9696
	} else if x == 9697 {
		y = 9697
	} else if x == 9698 {
		y = 9698
	} else if x == 9699 {
		y = 9699
	} else if x == 9700 {
		y = 9700
	} else if x == 9701 {
		y = 9701
	} else if x == 9702 {
		y = 9702
	} else if x == 9703 {
		y = 9703
	} else if x == 9704 {
		y = 9704
	} else if x == 9705 {
		y = 9705
	} else if x == 9706 {
		y = 9706
	} else if x == 9707 {
		y = 9707
	} else if x == 9708 {
		y = 9708
	} else if x == 9709 {
		y = 9709
	} else if x == 9710 {
		y = 9710
	} else if x == 9711 {
		y = 9711
	} else if x == 9712 {
		y = 9712
	} else if x == 9713 {
		y = 9713
	} else if x == 9714 {
		y = 9714
	} else if x == 9715 {
		y = 9715
	} else if x == 9716 {
		y = 9716
	} else if x == 9717 {
		y = 9717
	} else if x == 9718 {
		y = 9718
	} else if x == 9719 {
		y = 9719
	} else if x == 9720 {
		y = 9720
	} else if x == 9721 {
		y = 9721
	} else if x == 9722 {
		y = 9722
	} else if x == 9723 {
		y = 9723
	} else if x == 9724 {
		y = 9724
	} else if x == 9725 {
		y = 9725
	} else if x == 9726 {
		y = 9726
	} else if x == 9727 {
		y = 9727
	} else if x == 9728 {
		y = 9728
	} else if x == 9729 {
		y = 9729
	} else if x == 9730 {
		y = 9730
	} else if x == 9731 {
		y = 9731
	} else if x == 9732 {
		y = 9732
	} else if x == 9733 {
		y = 9733
	} else if x == 9734 {
		y = 9734
	} else if x == 9735 {
		y = 9735
	} else if x == 9736 {
		y = 9736
	} else if x == 9737 {
		y = 9737
	} else if x == 9738 {
		y = 9738
	} else if x == 9739 {
		y = 9739
	} else if x == 9740 {
		y = 9740
	} else if x == 9741 {
		y = 9741
	} else if x == 9742 {
		y = 9742
	} else if x == 9743 {
		y = 9743
	} else if x == 9744 {
		y = 9744
	} else if x == 9745 {
		y = 9745
	} else if x == 9746 {
		y = 9746
	} else if x == 9747 {
		y = 9747
	} else if x == 9748 {
		y = 9748
	} else if x == 9749 {
		y = 9749
	} else if x == 9750 {
		y = 9750
	} else if x == 9751 {
		y = 9751
	} else if x == 9752 {
		y = 9752
	} else if x == 9753 {
		y = 9753
	} else if x == 9754 {
		y = 9754
	} else if x == 9755 {
		y = 9755
	} else if x == 9756 {
		y = 9756
	} else if x == 9757 {
		y = 9757
	} else if x == 9758 {
		y = 9758
	} else if x == 9759 {
		y = 9759
	} else if x == 9760 {
		y = 9760
	} else if x == 9761 {
		y = 9761
	} else if x == 9762 {
		y = 9762
	} else if x == 9763 {
		y = 9763
	} else if x == 9764 {
		y = 9764
	} else if x == 9765 {
		y = 9765
	} else if x == 9766 {
		y = 9766
	} else if x == 9767 {
		y = 9767
	} else if x == 9768 {
		y = 9768
	} else if x == 9769 {
		y = 9769
	} else if x == 9770 {
		y = 9770
	} else if x == 9771 {
		y = 9771
	} else if x == 9772 {
		y = 9772
	} else if x == 9773 {
		y = 9773
	} else if x == 9774 {
		y = 9774
	} else if x == 9775 {
		y = 9775
	} else if x == 9776 {
		y = 9776
	} else if x == 9777 {
		y = 9777
	} else if x == 9778 {
		y = 9778
	} else if x == 9779 {
		y = 9779
	} else if x == 9780 {
		y = 9780
	} else if x == 9781 {
		y = 9781
	} else if x == 9782 {
		y = 9782
	} else if x == 9783 {
		y = 9783
	} else if x == 9784 {
		y = 9784
	} else if x == 9785 {
		y = 9785
	} else if x == 9786 {
		y = 9786
	} else if x == 9787 {
		y = 9787
	} else if x == 9788 {
		y = 9788
	} else if x == 9789 {
		y = 9789
	} else if x == 9790 {
		y = 9790
	} else if x == 9791 {
		y = 9791
	} else if x == 9792 {
		y = 9792
	} else if x == 9793 {
		y = 9793
	} else if x == 9794 {
		y = 9794
	} else if x == 9795 {
		y = 9795
	} else if x == 9796 {
		y = 9796
	} else if x == 9797 {
		y = 9797
	} else if x == 9798 {
		y = 9798
	} else if x == 9799 {
		y = 9799
	} else if x == 9800 {
		y = 9800
	} else if x == 9801 {
		y = 9801
	} else if x == 9802 {
		y = 9802
	} else if x == 9803 {
		y = 9803
	} else if x == 9804 {
		y = 9804
	} else if x == 9805 {
		y = 9805
	} else if x == 9806 {
		y = 9806
	} else if x == 9807 {
		y = 9807
	} else if x == 9808 {
		y = 9808
	} else if x == 9809 {
		y = 9809
	} else if x == 9810 {
		y = 9810
	} else if x == 9811 {
		y = 9811
	} else if x == 9812 {
		y = 9812
	} else if x == 9813 {
		y = 9813
	} else if x == 9814 {
		y = 9814
	} else if x == 9815 {
		y = 9815
	} else if x == 9816 {
		y = 9816
	} else if x == 9817 {
		y = 9817
	} else if x == 9818 {
		y = 9818
	} else if x == 9819 {
		y = 9819
	} else if x == 9820 {
		y = 9820
	} else if x == 9821 {
		y = 9821
	} else if x == 9822 {
		y = 9822
	} else if x == 9823 {
		y = 9823
	} else if x == 9824 {
		y = 9824
	} else if x == 9825 {
		y = 9825
	} else if x == 9826 {
		y = 9826
	} else if x == 9827 {
		y = 9827
	} else if x == 9828 {
		y = 9828
	} else if x == 9829 {
		y = 9829
	} else if x == 9830 {
		y = 9830
	} else if x == 9831 {
		y = 9831
	} else if x == 9832 {
		y = 9832
	} else if x == 9833 {
		y = 9833
	} else if x == 9834 {
		y = 9834
	} else if x == 9835 {
		y = 9835
	} else if x == 9836 {
		y = 9836
	} else if x == 9837 {
		y = 9837
	} else if x == 9838 {
		y = 9838
	} else if x == 9839 {
		y = 9839
	} else if x == 9840 {
		y = 9840
	} else if x == 9841 {
		y = 9841
	} else if x == 9842 {
		y = 9842
	} else if x == 9843 {
		y = 9843
	} else if x == 9844 {
		y = 9844
	} else if x == 9845 {
		y = 9845
	} else if x == 9846 {
		y = 9846
	} else if x == 9847 {
		y = 9847
	} else if x == 9848 {
		y = 9848
	} else if x == 9849 {
		y = 9849
	} else if x == 9850 {
		y = 9850
	} else if x == 9851 {
		y = 9851
	} else if x == 9852 {
		y = 9852
	} else if x == 9853 {
		y = 9853
	} else if x == 9854 {
		y = 9854
	} else if x == 9855 {
		y = 9855
	} else if x == 9856 {
		y = 9856
	} else if x == 9857 {
		y = 9857
	} else if x == 9858 {
		y = 9858
	} else if x == 9859 {
		y = 9859
	} else if x == 9860 {
		y = 9860
	} else if x == 9861 {
		y = 9861
	} else if x == 9862 {
		y = 9862
	} else if x == 9863 {
		y = 9863
	} else if x == 9864 {
		y = 9864
	} else if x == 9865 {
		y = 9865
	} else if x == 9866 {
		y = 9866
	} else if x == 9867 {
		y = 9867
	} else if x == 9868 {
		y = 9868
	} else if x == 9869 {
		y = 9869
	} else if x == 9870 {
		y = 9870
	} else if x == 9871 {
		y = 9871
	} else if x == 9872 {
		y = 9872
	} else if x == 9873 {
		y = 9873
	} else if x == 9874 {
		y = 9874
	} else if x == 9875 {
		y = 9875
	} else if x == 9876 {
		y = 9876
	} else if x == 9877 {
		y = 9877
	} else if x == 9878 {
		y = 9878
	} else if x == 9879 {
		y = 9879
	} else if x == 9880 {
		y = 9880
	} else if x == 9881 {
		y = 9881
	} else if x == 9882 {
		y = 9882
	} else if x == 9883 {
		y = 9883
	} else if x == 9884 {
		y = 9884
	} else if x == 9885 {
		y = 9885
	} else if x == 9886 {
		y = 9886
	} else if x == 9887 {
		y = 9887
	} else if x == 9888 {
		y = 9888
	} else if x == 9889 {
		y = 9889
	} else if x == 9890 {
		y = 9890
	} else if x == 9891 {
		y = 9891
	} else if x == 9892 {
		y = 9892
	} else if x == 9893 {
		y = 9893
	} else if x == 9894 {
		y = 9894
	} else if x == 9895 {
		y = 9895
	} else if x == 9896 {
		y = 9896
	} else if x == 9897 {
		y = 9897
	} else if x == 9898 {
		y = 9898
	} else if x == 9899 {
		y = 9899
	} else if x == 9900 {
		y = 9900
	} else if x == 9901 {
		y = 9901
	} else if x == 9902 {
		y = 9902
	} else if x == 9903 {
		y = 9903
	} else if x == 9904 {
		y = 9904
	} else if x == 9905 {
		y = 9905
	} else if x == 9906 {
		y = 9906
	} else if x == 9907 {
		y = 9907
	} else if x == 9908 {
		y = 9908
	} else if x == 9909 {
		y = 9909
	} else if x == 9910 {
		y = 9910
	} else if x == 9911 {
		y = 9911
	} else if x == 9912 {
		y = 9912
	} else if x == 9913 {
		y = 9913
	} else if x == 9914 {
		y = 9914
	} else if x == 9915 {
		y = 9915
	} else if x == 9916 {
		y = 9916
	} else if x == 9917 {
		y = 9917
	} else if x == 9918 {
		y = 9918
	} else if x == 9919 {
		y = 9919
	} else if x == 9920 {
		y = 9920
	} else if x == 9921 {
		y = 9921
	} else if x == 9922 {
		y = 9922
	} else if x == 9923 {
		y = 9923
	} else if x == 9924 {
		y = 9924
	} else if x == 9925 {
		y = 9925
	} else if x == 9926 {
		y = 9926
	} else if x == 9927 {
		y = 9927
	} else if x == 9928 {
		y = 9928
	} else if x == 9929 {
		y = 9929
	} else if x == 9930 {
		y = 9930
	} else if x == 9931 {
		y = 9931
	} else if x == 9932 {
		y = 9932
	} else if x == 9933 {
		y = 9933
	} else if x == 9934 {
		y = 9934
	} else if x == 9935 {
		y = 9935
	} else if x == 9936 {
		y = 9936
	} else if x == 9937 {
		y = 9937
	} else if x == 9938 {
		y = 9938
	} else if x == 9939 {
		y = 9939
	} else if x == 9940 {
		y = 9940
	} else if x == 9941 {
		y = 9941
	} else if x == 9942 {
		y = 9942
	} else if x == 9943 {
		y = 9943
	} else if x == 9944 {
		y = 9944
	} else if x == 9945 {
		y = 9945
	} else if x == 9946 {
		y = 9946
	} else if x == 9947 {
		y = 9947
	} else if x == 9948 {
		y = 9948
	} else if x == 9949 {
		y = 9949
	} else if x == 9950 {
		y = 9950
	} else if x == 9951 {
		y = 9951
	} else if x == 9952 {
		y = 9952
	} else if x == 9953 {
		y = 9953
	} else if x == 9954 {
		y = 9954
	} else if x == 9955 {
		y = 9955
	} else if x == 9956 {
		y = 9956
	} else if x == 9957 {
		y = 9957
	} else if x == 9958 {
		y = 9958
	} else if x == 9959 {
		y = 9959
	} else if x == 9960 {
		y = 9960
	} else if x == 9961 {
		y = 9961
	} else if x == 9962 {
		y = 9962
	} else if x == 9963 {
		y = 9963
	} else if x == 9964 {
		y = 9964
	} else if x == 9965 {
		y = 9965
	} else if x == 9966 {
		y = 9966
	} else if x == 9967 {
		y = 9967
	} else if x == 9968 {
		y = 9968
	} else if x == 9969 {
		y = 9969
	} else if x == 9970 {
		y = 9970
	} else if x == 9971 {
		y = 9971
	} else if x == 9972 {
		y = 9972
	} else if x == 9973 {
		y = 9973
	} else if x == 9974 {
		y = 9974
	} else if x == 9975 {
		y = 9975
	} else if x == 9976 {
		y = 9976
	} else if x == 9977 {
		y = 9977
	} else if x == 9978 {
		y = 9978
	} else if x == 9979 {
		y = 9979
	} else if x == 9980 {
		y = 9980
	} else if x == 9981 {
		y = 9981
	} else if x == 9982 {
		y = 9982
	} else if x == 9983 {
		y = 9983
	} else if x == 9984 {
		y = 9984
	} else if x == 9985 {
		y = 9985
	} else if x == 9986 {
		y = 9986
	} else if x == 9987 {
		y = 9987
	} else if x == 9988 {
		y = 9988
	} else if x == 9989 {
		y = 9989
	} else if x == 9990 {
		y = 9990
	} else if x == 9991 {
		y = 9991
	} else if x == 9992 {
		y = 9992
	} else if x == 9993 {
		y = 9993
	} else if x == 9994 {
		y = 9994
	} else if x == 9995 {
		y = 9995
	} else if x == 9996 {
		y = 9996
	} else if x == 9997 {
		y = 9997
	} else if x == 9998 {
		y = 9998
	} else if x == 9999 {
		y = 9999
	} else if z := y + 1; z > 0 {
		fmt.Println("last arm", x, z)
	}
	fmt.Println(y)
}
